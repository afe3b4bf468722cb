import type { DayGridActions } from './types';
import { db } from '../../db/db';
import { timeBlocksRepo } from '../../db/repositories/time-blocks-repo';
import { timerRepo } from '../../db/repositories/timer-repo';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import { notify } from '../../stores/toast-store';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { errorText } from '@shared/error-text';

// The day grid's writes, shared by Today and the Planner (features cannot share code directly).
// Creating and updating throw, so the grid's dialog can show a ValidationError inline.
export const planWrites: DayGridActions = {
  create: (draft) => timeBlocksRepo(db).create(draft),
  update: (id, patch) => timeBlocksRepo(db).update(id, patch),
  remove: (block) => moveToTrashWithUndo('timeBlocks', block.id),
  async startTimer({ projectId, taskId, hat, label }) {
    try {
      const { timer, stopped } = await timerRepo(db).start({ projectId, taskId, hat });
      const previous = stopped.length > 0 ? ' (the previous timer was logged)' : '';
      notify(`Timer started on ${label} · ${HAT_SHORT_LABELS[timer.hat]}${previous}`, undefined, 'success');
    } catch (error) {
      notify(`Could not start the timer: ${errorText(error)}`, undefined, 'error');
    }
  },
};
