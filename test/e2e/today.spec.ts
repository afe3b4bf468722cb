import {
  PINNED_MOMENT,
  SCREENSHOT_DIR,
  type StoredBlock,
  type StoredEntry,
  type StoredTask,
  drag,
  expect,
  expectNoSeriousA11yViolations,
  pointIn,
  storedBlock,
  storedRows,
  test,
} from './page-models';

test.use(PINNED_MOMENT);

// Today is pinned to Tuesday 1 December 2026, 10:20. The sample agency plans it 09:00–14:00
// (deep work until 11:30), so the afternoon is free to work in.
const TODAY = 'Tuesday, December 1';

test('draws, moves and resizes a block with the mouse; each change is stored', async ({ page, app, todayPage }) => {
  await app.loadSampleAgency();
  await todayPage.openTall();
  await expectNoSeriousA11yViolations(page);

  await todayPage.drawBlock(TODAY, '15:00', '15:45', { kind: 'Meeting', title: 'Client call' });
  await expect(todayPage.block('Meeting: Client call, 15:00–16:00')).toBeVisible();
  expect(await storedBlock(page, 'Client call')).toMatchObject({
    day: '2026-12-01',
    startMinute: 900,
    endMinute: 960,
    kind: 'meeting',
  });

  // Move: grab the block and drop it an hour later (80 px at 20 px per quarter hour).
  const body = todayPage.block('Meeting: Client call, 15:00–16:00');
  await drag(page, await pointIn(body, -10), await pointIn(body, 70));
  await expect(todayPage.block('Meeting: Client call, 16:00–17:00')).toBeVisible();
  expect(await storedBlock(page, 'Client call')).toMatchObject({ startMinute: 960, endMinute: 1020 });

  // Resize: pull the bottom edge half an hour down.
  const moved = page.locator('.dg-block', { has: todayPage.block('Meeting: Client call, 16:00–17:00') });
  const box = await moved.boundingBox();
  if (!box) throw new Error('block not drawn');
  const edge = { x: box.x + box.width / 2, y: box.y + box.height - 3 };
  await drag(page, edge, { x: edge.x, y: edge.y + 40 });
  await expect(todayPage.block('Meeting: Client call, 16:00–17:30')).toBeVisible();
  expect(await storedBlock(page, 'Client call')).toMatchObject({ startMinute: 960, endMinute: 1050 });
});

test('does everything from the keyboard: add at a slot, move, resize, edit, delete and undo', async ({
  page,
  app,
  todayPage,
}) => {
  await app.loadSampleAgency();
  await todayPage.openTall();
  // The grid's one tab stop starts at now (10:15); PageDown jumps an hour, arrows a quarter.
  await todayPage.tabStop.focus();
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Tuesday, December 1, 10:15/);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('PageDown');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAccessibleName('Tuesday, December 1, 15:00');
  await page.keyboard.press('n');
  const dialog = todayPage.newBlockDialog;
  await expect(dialog.getByLabel('Kind')).toBeFocused();
  await dialog.getByLabel('Kind').selectOption({ label: 'PM / admin' });
  await dialog.getByLabel('Title').fill('Invoices');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await storedBlock(page, 'Invoices')).toMatchObject({ startMinute: 900, endMinute: 960, kind: 'pm_admin' });

  await todayPage.block('PM / admin: Invoices, 15:00–16:00').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAccessibleName('PM / admin: Invoices, 15:30–16:30');
  await expect.poll(async () => (await storedBlock(page, 'Invoices'))?.startMinute).toBe(930);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator(':focus')).toHaveAccessibleName('PM / admin: Invoices, 15:30–16:45');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(page.locator(':focus')).toHaveAccessibleName('PM / admin: Invoices, 15:30–16:15');
  await expect.poll(async () => (await storedBlock(page, 'Invoices'))?.endMinute).toBe(975);

  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit block' });
  await edit.getByLabel('Title').fill('Invoices and expenses');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAccessibleName('PM / admin: Invoices and expenses, 15:30–16:15');
  expect(await storedBlock(page, 'Invoices and expenses')).toMatchObject({ startMinute: 930, endMinute: 975 });

  await page.keyboard.press('Delete');
  await expect(todayPage.block(/Invoices and expenses/)).toHaveCount(0);
  await expect.poll(async () => storedBlock(page, 'Invoices and expenses')).toBeUndefined();
  await expect(page.locator(':focus')).toHaveAccessibleName('Tuesday, December 1, 15:30');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(todayPage.block('PM / admin: Invoices and expenses, 15:30–16:15')).toBeVisible();
  expect(await storedBlock(page, 'Invoices and expenses')).toMatchObject({ startMinute: 930, endMinute: 975 });
});

test('asks before anything covers deep work, and stores nothing when told to keep it free', async ({ page, app, todayPage }) => {
  await app.loadSampleAgency();
  await todayPage.openTall();
  await todayPage.tabStop.focus();
  await page.keyboard.press('n');
  const dialog = todayPage.newBlockDialog;
  await dialog.getByLabel('Kind').selectOption({ label: 'Meeting' });
  await dialog.getByLabel('Title').fill('Surprise call');
  await dialog.getByRole('button', { name: 'Add block' }).click();
  const ask = page.getByRole('dialog', { name: 'Place this over deep work?' });
  await expect(ask).toContainText('Meeting: Surprise call, 10:15–11:15 would overlap protected focus time: Deep work:');
  await expectNoSeriousA11yViolations(page);
  await ask.getByRole('button', { name: 'Keep deep work free' }).click();
  await expect(ask).toHaveCount(0);
  await expect(dialog).toBeVisible();
  expect(await storedBlock(page, 'Surprise call')).toBeUndefined();

  await dialog.getByRole('button', { name: 'Add block' }).click();
  await ask.getByRole('button', { name: 'Place anyway' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await storedBlock(page, 'Surprise call')).toMatchObject({ startMinute: 615, endMinute: 675, kind: 'meeting' });
  // Both are drawn side by side and say that they overlap.
  await expect(page.locator('.dg-block.has-overlap')).toHaveCount(2);

  // Nudging it while it already sits over that deep work does not ask again.
  await todayPage.block('Meeting: Surprise call, 10:15–11:15').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAccessibleName('Meeting: Surprise call, 10:00–11:00');
  await expect(ask).toHaveCount(0);
});

test('drags a task onto the grid: a block as long as its estimate, linked to it', async ({ page, app, todayPage }) => {
  await app.loadSampleAgency();
  await todayPage.openTall();
  const tasks = page.getByRole('region', { name: "Today's tasks" });
  const first = tasks.getByRole('listitem').first();
  const title = (await first.locator('.plan-task-title').textContent()) ?? '';
  await drag(page, await pointIn(first.locator('.plan-task-title')), await pointIn(todayPage.slot(TODAY, '14:30'), -5));
  await expect(page.getByRole('status').filter({ hasText: `Planned “${title}”` })).toBeVisible();
  const stored = (await storedRows<StoredBlock>(page, 'timeBlocks')).filter((candidate) => candidate.title === title);
  expect(stored).toHaveLength(1);
  const [planned] = stored;
  const task = (await storedRows<StoredTask>(page, 'tasks')).find((candidate) => candidate.id === planned?.taskIds[0]);
  expect(task?.title).toBe(title);
  expect(planned).toMatchObject({
    day: '2026-12-01',
    startMinute: 870,
    endMinute: 870 + (task?.estimateMinutes ?? 30),
    projectId: task?.projectId ?? undefined,
  });
});

test('starts the timer from a block and shows the logged time beside the plan and in the review', async ({
  page,
  app,
  todayPage,
}) => {
  await app.loadSampleAgency();
  await todayPage.openTall();
  await todayPage.drawBlock(TODAY, '14:00', '14:45', { kind: 'Client time', title: 'Status call' });
  const statusCall = todayPage.block('Client time: Status call, 14:00–15:00');
  await statusCall.click();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit block' });
  await edit.getByLabel('Project').selectOption({ index: 1 });
  // 'KLS · Social media retainer': the code is then shown on the block, so its name says it too.
  const code = (await edit.getByLabel('Project').locator('option:checked').textContent())?.split(' · ')[0] ?? '';
  expect(code).toMatch(/^[A-Z0-9]+$/);
  await edit.getByRole('button', { name: 'Save block' }).click();
  await expect(edit).toHaveCount(0);
  const projectId = (await storedBlock(page, 'Status call'))?.projectId;
  expect(projectId).toBeDefined();

  const withProject = todayPage.block(`Client time: Status call, 14:00–15:00, ${code}`);
  await expect(withProject.locator('.dg-block-project')).toHaveText(code);
  await withProject.focus();
  await page.keyboard.press('t');
  await expect(page.getByRole('status').filter({ hasText: 'Timer started on' })).toContainText('Account mgmt');
  await expect(page.getByRole('region', { name: 'Timer running' })).toBeVisible();
  await page.clock.fastForward('00:45:00');
  await expect(page.getByRole('list', { name: `Logged time, ${TODAY}` }).getByText(/^Running timer 10:20–11:0\d/)).toHaveCount(1);

  const before = new Set((await storedRows<StoredEntry>(page, 'timeEntries')).map((entry) => entry.id));
  await page.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Stop timer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged 45m' })).toBeVisible();
  const added = (await storedRows<StoredEntry>(page, 'timeEntries')).filter((entry) => !before.has(entry.id));
  expect(added).toEqual([
    expect.objectContaining({ projectId, day: '2026-12-01', minutes: 45, hat: 'account', source: { kind: 'timer' } }),
  ]);
  await expect(page.getByRole('list', { name: `Logged time, ${TODAY}` }).getByText(/^Logged 10:20–11:05/)).toHaveCount(1);

  await page.getByRole('button', { name: 'Review day' }).click();
  const review = page.getByRole('dialog', { name: /^Review of Tuesday, December 1/ });
  await expect(review.getByRole('row', { name: /^Client time/ })).toBeVisible();
  await expect(review.getByRole('heading', { name: 'Unplanned work' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of Today filled by the sample agency in ${theme}`, async ({ page, app, todayPage }) => {
    await page.emulateMedia({ colorScheme: theme });
    await app.loadSampleAgency();
    await todayPage.openTall();
    await page.getByRole('button', { name: 'Dismiss notification' }).click();
    await expect(todayPage.block(/^Deep work: /).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/today-${theme}.png` });

    // Mid-drag: a task held over 15:00 shows where its block will land.
    const task = page.getByRole('region', { name: "Today's tasks" }).getByRole('listitem').first().locator('.plan-task-title');
    const from = await pointIn(task);
    const to = await pointIn(todayPage.slot(TODAY, '15:00'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await expect(page.locator('.dg-preview')).toContainText('15:00–');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/today-drag-task-${theme}.png` });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect((await storedRows<StoredBlock>(page, 'timeBlocks')).filter((stored) => stored.day === '2026-12-01')).toHaveLength(4);

    await page.getByRole('button', { name: 'Review day' }).click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/today-review-${theme}.png` });
  });
}
