import { db } from '../../db/db';
import { projectsRepo } from '../../db/repositories/projects-repo';

/** The one writer the Projects screen uses: projects, their plan lists and their expenses. */
export const projects = projectsRepo(db);
