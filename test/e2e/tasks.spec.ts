import { TEST_TODAY, testDay } from '../support/test-clock';
import {
  SCREENSHOT_DIR,
  type StoredTask,
  expect,
  expectNoSeriousA11yViolations,
  runCommand,
  screenReady,
  storedRows,
  test,
  toast,
} from './page-models';

// The Tasks screen end to end on the sample agency, checking what is stored, not only what is drawn.

test('quick add with the full syntax files the task under the right project with every field', async ({
  page,
  app,
  tasksPage,
}) => {
  await app.loadSampleAgency();
  await tasksPage.open();
  const teammates = await storedRows<{ id: string; name: string }>(page, 'teammates');
  const first = (name: string) => name.split(' ')[0] ?? name;
  const mate = teammates.find((t) => teammates.filter((other) => first(other.name) === first(t.name)).length === 1);
  if (!mate) throw new Error('The sample agency needs a teammate with a first name of their own');
  const afw = await tasksPage.projectByCode('AFW');

  await tasksPage.quickAdd.fill(`Write sitemap +AFW 45m !fri #production @${first(mate.name).toLowerCase()}`);
  const preview = page.locator('.quick-add-understood');
  await expect(preview).toContainText('“Write sitemap” in AFW · Website relaunch · estimate 45m · due ');
  await expect(preview).toContainText(`Production · for ${mate.name}`);
  await expectNoSeriousA11yViolations(page);
  await tasksPage.quickAdd.press('Enter');
  await expect(toast(page, 'Added “Write sitemap” to AFW · Website relaunch')).toBeVisible();

  // '!fri' is the next Friday strictly after today.
  const weekday = new Date(`${TEST_TODAY}T00:00:00Z`).getUTCDay();
  const friday = testDay((5 - weekday + 7) % 7 || 7);
  expect(await tasksPage.storedTask('Write sitemap')).toMatchObject({
    projectId: afw.id,
    estimateMinutes: 45,
    due: friday,
    hat: 'production',
    assignee: mate.id,
    status: 'todo',
  });

  await toast(page, 'Added').getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { name: 'AFW · Website relaunch' })).toBeVisible();
  const row = page
    .getByRole('list', { name: 'Tasks in AFW · Website relaunch' })
    .getByRole('listitem')
    .filter({ hasText: 'Write sitemap' });
  await expect(row).toContainText(mate.name);
  await expect(row).toContainText('45m');
});

test('an ambiguous project is shown before saving and nothing is saved until it is picked', async ({ page, app, tasksPage }) => {
  await app.loadSampleAgency();
  await tasksPage.open();
  const bds = await tasksPage.projectByCode('BDS');
  await tasksPage.quickAdd.fill('Monthly report +retainer 1h');
  const question = page.getByRole('combobox', { name: '“+retainer” matches 3 projects: which one?' });
  await expect(question).toBeVisible();
  const options = await question.getByRole('option').allTextContents();
  expect(options.map((option) => option.split(' (')[0])).toEqual([
    'Choose…',
    'BDS · SEO retainer',
    'KLS · Social media retainer',
    'NPR · Support retainer',
    'Keep “+retainer” in the title',
  ]);
  await expectNoSeriousA11yViolations(page);

  await tasksPage.quickAdd.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Answer the question below first');
  await expect(question).toBeFocused();
  expect(await tasksPage.storedTask('Monthly report')).toBeUndefined();

  const seo = options.find((option) => option.startsWith('BDS'));
  await question.selectOption({ label: seo ?? '' });
  await expect(page.locator('.quick-add-understood')).toContainText('in BDS · SEO retainer · estimate 1h');
  await tasksPage.quickAdd.press('Enter');
  await expect(toast(page, 'Added “Monthly report” to BDS · SEO retainer')).toBeVisible();
  expect(await tasksPage.storedTask('Monthly report')).toMatchObject({ projectId: bds.id, estimateMinutes: 60 });
});

test('status changes inline, reorder by keyboard and by drag, delete with undo', async ({ page, app, tasksPage }) => {
  await app.loadSampleAgency();
  const int = await tasksPage.projectByCode('INT');
  await tasksPage.open(int.id);
  await tasksPage.addOwnTasks('INT', ['E2E one', 'E2E two', 'E2E three']);
  const list = page.getByRole('list', { name: 'Tasks in INT · Agency website' });
  await expect(list.getByRole('listitem').filter({ hasText: 'E2E three' })).toBeVisible();

  // Status
  await page.getByRole('combobox', { name: 'Status of E2E one' }).selectOption({ label: 'Waiting on client' });
  await expect.poll(async () => (await tasksPage.storedTask('E2E one'))?.status).toBe('waiting');
  await page.getByRole('combobox', { name: 'Status of E2E one' }).selectOption({ label: 'Done' });
  await expect(toast(page, '“E2E one” done')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status of E2E one' })).toHaveCount(0);
  await toast(page, '“E2E one” done').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: 'Status of E2E one' })).toHaveValue('waiting');
  expect((await tasksPage.storedTask('E2E one'))?.status).toBe('waiting');

  // Keyboard: Alt+ArrowDown on the focused task, announced, focus kept.
  const ours = async () => (await tasksPage.listOrder(int.id)).filter((title) => title.startsWith('E2E'));
  await page.getByRole('button', { name: 'Move E2E one' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(ours).toEqual(['E2E two', 'E2E one', 'E2E three']);
  await expect(page.getByText(/^Moved “E2E one” to position \d+ of \d+\.$/)).toBeAttached();
  await expect(page.getByRole('button', { name: 'Move E2E one' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(ours).toEqual(['E2E one', 'E2E two', 'E2E three']);

  // Mouse: drag the third task's handle onto the first.
  const handle = page.getByRole('button', { name: 'Move E2E three' });
  const target = list.getByRole('listitem').filter({ hasText: 'E2E one' });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Rows are not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 4, { steps: 10 });
  await page.mouse.up();
  await expect.poll(ours).toEqual(['E2E three', 'E2E one', 'E2E two']);
  await expectNoSeriousA11yViolations(page);

  // Delete, then Undo
  await page.getByRole('button', { name: 'Delete E2E two' }).click();
  await expect(toast(page, 'moved to the trash')).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: 'E2E two' })).toHaveCount(0);
  expect(await tasksPage.storedTask('E2E two')).toBeUndefined();
  await toast(page, 'moved to the trash').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'E2E two' })).toBeVisible();
  await expect.poll(ours).toEqual(['E2E three', 'E2E one', 'E2E two']);
});

test('filters show today, overdue, waiting on client and delegated tasks of the list', async ({ page, app, tasksPage }) => {
  await app.loadSampleAgency();
  await tasksPage.open();
  const today = TEST_TODAY;
  const inbox = (await storedRows<StoredTask>(page, 'tasks')).filter((task) => task.projectId === null && task.status !== 'done');
  const rows = page.getByRole('list', { name: 'Tasks in Inbox' }).getByRole('listitem');
  const filters = page.getByRole('group', { name: 'Show' });
  await expect(rows).toHaveCount(inbox.length);

  const expected: [string, StoredTask[]][] = [
    ['Due today', inbox.filter((task) => task.due === today)],
    ['Overdue', inbox.filter((task) => task.due !== undefined && task.due < today)],
    ['Waiting on client', inbox.filter((task) => task.status === 'waiting')],
    ['Delegated', inbox.filter((task) => task.assignee !== 'me')],
  ];
  for (const [name, tasks] of expected) {
    await filters.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(filters.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-pressed', 'true');
    if (tasks.length === 0) {
      await expect(page.locator('.empty-state')).toBeVisible();
      continue;
    }
    await expect(rows).toHaveCount(tasks.length);
    for (const task of tasks) await expect(page.locator(`[data-task-id="${task.id}"]`)).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});

test('the timer starts from a task; an inbox task asks for a project first', async ({ page, app, tasksPage }) => {
  await app.loadSampleAgency();
  const int = await tasksPage.projectByCode('INT');
  await tasksPage.open(int.id);
  await tasksPage.addOwnTasks('INT', ['E2E timed']);
  await page.getByRole('button', { name: 'Start timer on E2E timed' }).click();
  await expect(toast(page, 'Timer started on “E2E timed”')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Timer' })).toContainText('Timer running on INT');
  const task = await tasksPage.storedTask('E2E timed');
  const [timer] = await storedRows<{ projectId: string; taskId?: string; hat: string }>(page, 'timer');
  expect(timer).toMatchObject({ projectId: int.id, taskId: task?.id, hat: 'production' });
  expect(task?.status).toBe('doing');

  await tasksPage.open();
  await tasksPage.addOwnTasks('inbox', ['E2E loose']);
  await page.getByRole('button', { name: 'Start timer on E2E loose' }).click();
  await expect(toast(page, 'move it to a project first')).toBeVisible();
  await toast(page, 'move it to a project first').getByRole('button', { name: 'Choose a project' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit task' }).getByLabel('List')).toBeFocused();
});

test('palette: New task focuses quick add, Go to inbox opens the inbox', async ({ page, app, tasksPage }) => {
  await app.loadSampleAgency();
  const int = await tasksPage.projectByCode('INT');
  await tasksPage.open(int.id);
  await runCommand(page, 'New task');
  await expect(tasksPage.quickAdd).toBeFocused();
  await runCommand(page, 'Go to inbox');
  await expect(page.getByRole('heading', { name: 'Inbox', exact: true })).toBeVisible();
  expect(page.url()).toMatch(/#\/tasks\/inbox$/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the inbox, a project list with questions, filters and the editor in ${theme}`, async ({
    page,
    app,
    tasksPage,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await tasksPage.open();
    await expect(page.getByRole('heading', { name: 'Your inbox is empty' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-empty-${theme}.png` });
    await app.loadSampleAgency();
    await tasksPage.open();
    await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss notification' }).click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-inbox-${theme}.png`, fullPage: true });
    await page.getByRole('navigation', { name: 'Task lists' }).getByRole('link', { name: /AFW/ }).click();
    await screenReady(page, 'tasks');
    await tasksPage.quickAdd.fill('Monthly report +retainer 1h !12/3 #urgent @me');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-quick-add-${theme}.png`, fullPage: true });
    await tasksPage.quickAdd.fill('');
    await page
      .getByRole('group', { name: 'Show' })
      .getByRole('button', { name: /^Delegated/ })
      .click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-delegated-${theme}.png` });
    await page
      .getByRole('group', { name: 'Show' })
      .getByRole('button', { name: /^All open/ })
      .click();
    await page
      .getByRole('list', { name: /^Tasks in AFW/ })
      .getByRole('listitem')
      .first()
      .locator('.task-title')
      .click();
    await expect(page.getByRole('dialog', { name: 'Edit task' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-edit-${theme}.png` });
  });
}
