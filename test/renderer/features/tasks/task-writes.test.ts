import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { changeStatus } from '../../../../src/renderer/src/features/tasks/task-writes';
import { useToastStore } from '../../../../src/renderer/src/stores/toast-store';

beforeEach(async () => {
  await db.delete();
  await db.open();
  useToastStore.setState({ toasts: [] });
});

describe('marking a task done from the list', () => {
  it('Undo restores the stored status even when the list still showed an older one', async () => {
    const task = await tasksRepo(db).create({ title: 'Send proofs', projectId: null });
    await tasksRepo(db).setStatus(task.id, 'waiting');
    // The row was drawn before 'waiting' reached it: it still says 'todo'.
    await changeStatus({ ...task, status: 'todo' }, 'done');
    expect((await db.tasks.get(task.id))?.status).toBe('done');
    const [toast] = useToastStore.getState().toasts;
    expect(toast?.message).toBe('“Send proofs” done');
    await toast?.action?.run();
    expect((await db.tasks.get(task.id))?.status).toBe('waiting');
  });
});
