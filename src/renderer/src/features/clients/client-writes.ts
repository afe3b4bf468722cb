import { db } from '../../db/db';
import { clientsRepo } from '../../db/repositories/clients-repo';

/** The clients repository on the app's database: every write this screen makes goes through it. */
export const clientWrites = clientsRepo(db);
