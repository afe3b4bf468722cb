import type { Migration } from './migration';

// Version 4: invoices and their payments (issue 16). Both tables start empty, so there is no upgrade
// function: nothing stored before moves.
//   invoices  clientId – a client's invoices (its page, deleting a client)
//             status   – open (sent) invoices for ageing and the uninvoiced figure
//             number   – every number already given, read as keys only, when the next one is made
//   payments  invoiceId – an invoice's payments (its balance, recording and deleting one)
export const migration004Invoices: Migration = {
  version: 4,
  name: 'invoices',
  stores: {
    invoices: 'id, clientId, status, number',
    payments: 'id, invoiceId',
  },
};
