import { db } from '../../db/db';
import { invoicesRepo } from '../../db/repositories/invoices-repo';
import { paymentsRepo } from '../../db/repositories/payments-repo';

/** The writers the Invoices screen uses: invoices (drafts, sending, voiding) and their payments. */
export const invoices = invoicesRepo(db);
export const payments = paymentsRepo(db);
