// A time entry or expense on a sent invoice is locked: changing or deleting it changes what the invoice
// billed, so the app asks first and names the invoice (docs/product.md, "Invoiced work"). These are
// the words it asks with; the repositories refuse the change unless the caller says the user agreed.

export type InvoicedRecordKind = 'entry' | 'expense';
export type InvoicedChange = 'change' | 'delete';

const WHAT: Readonly<Record<InvoicedRecordKind, string>> = { entry: 'entry', expense: 'expense' };

/** 'Invoiced 2026-0007': the marker beside an invoiced entry or expense ('Invoiced' while the number is not read yet). */
export function invoicedMarker(invoiceNumber: string | undefined): string {
  return invoiceNumber ? `Invoiced ${invoiceNumber}` : 'Invoiced';
}

/** 'This entry is on invoice 2026-0007. Change it anyway?' ('on a sent invoice' while the number is not read yet) */
export function invoicedQuestion(kind: InvoicedRecordKind, invoiceNumber: string | undefined, change: InvoicedChange): string {
  const where = invoiceNumber ? `invoice ${invoiceNumber}` : 'a sent invoice';
  return `This ${WHAT[kind]} is on ${where}. ${change === 'change' ? 'Change' : 'Delete'} it anyway?`;
}

/** The confirming button: 'Change anyway', 'Delete anyway'. */
export function invoicedConfirmLabel(change: InvoicedChange): string {
  return change === 'change' ? 'Change anyway' : 'Delete anyway';
}

/** The confirmation's title: 'Change an invoiced entry?' */
export function invoicedTitle(kind: InvoicedRecordKind, change: InvoicedChange): string {
  return `${change === 'change' ? 'Change' : 'Delete'} an invoiced ${WHAT[kind]}?`;
}

/** What a repository says when asked to change an invoiced record without the user's yes. */
export function invoicedRefusal(kind: InvoicedRecordKind, invoiceNumber: string, change: InvoicedChange): string {
  const verb = change === 'change' ? 'changing' : 'deleting';
  return `This ${WHAT[kind]} is on invoice ${invoiceNumber}: confirm before ${verb} it, since that changes what the invoice billed`;
}
