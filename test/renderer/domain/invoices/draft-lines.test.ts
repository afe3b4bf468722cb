import { describe, expect, it } from 'vitest';
import {
  LINE_GROUPINGS,
  draftLines,
  feePercentage,
  milestoneShares,
  retainerCycleKey,
} from '../../../../src/renderer/src/domain/invoices/draft-lines';
import type { DraftLinesInput, DraftProject } from '../../../../src/renderer/src/domain/invoices/draft-lines';
import { invoiceTotals, lineAmount } from '../../../../src/renderer/src/domain/invoices/totals';
import { expenseSchema } from '../../../../src/renderer/src/domain/model/expense';
import { invoiceLineSchema } from '../../../../src/renderer/src/domain/model/invoice';
import { projectSchema } from '../../../../src/renderer/src/domain/model/project';
import type { ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { timeEntrySchema } from '../../../../src/renderer/src/domain/model/time-entry';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { amountMinorForMinutes } from '../../../../src/renderer/src/domain/units/money';
import { validate } from '../../../../src/renderer/src/domain/validation';

// Descriptions are written in en-GB ('2 Nov 2026', 'Monday, 2 November 2026', '€100.00').

function project(id: string, name: string, fields: Partial<ProjectInput> = {}): DraftProject {
  return validate(projectSchema, {
    id,
    clientId: 'c1',
    name,
    code: id.toUpperCase().padEnd(2, 'X'),
    billing: 'time_and_materials',
    ...fields,
  });
}

let at = 0;
function entry(id: string, projectId: string, day: string, minutes: number, fields: Record<string, unknown> = {}) {
  at += 1; // logged in the order written, at 09:00 + n minutes
  return validate(timeEntrySchema, {
    id,
    projectId,
    day,
    minutes,
    startedAt: `${day}T08:${String(at % 60).padStart(2, '0')}:00.000Z`,
    hat: 'production',
    billable: true,
    rateSnapshot: 10_000,
    currency: 'EUR',
    ...fields,
  });
}

function expense(id: string, projectId: string, day: string, amount: number, fields: Record<string, unknown> = {}) {
  return validate(expenseSchema, { id, projectId, day, amount, currency: 'EUR', ...fields });
}

const web = project('web', 'Website');
const tasks = new Map([
  ['t-home', 'Homepage'],
  ['t-nav', 'Navigation'],
]);

function input(fields: Partial<DraftLinesInput>): DraftLinesInput {
  return {
    from: toDayKey('2026-11-01'),
    to: toDayKey('2026-11-30'),
    projects: [web],
    entries: [],
    expenses: [],
    taskTitles: tasks,
    grouping: 'project',
    defaultRate: 10_000,
    taxes: [],
    currency: 'EUR',
    locale: 'en-GB',
    ...fields,
  };
}

// Website (time and materials), November:
const tm = [
  entry('e1', 'web', '2026-11-02', 20, { taskId: 't-home' }), // 20 min × €100/h = 3333.33 → 3333
  entry('e2', 'web', '2026-11-02', 20, { taskId: 't-nav' }), // 3333
  entry('e3', 'web', '2026-11-05', 30, { taskId: 't-home', rateSnapshot: 12_000, note: 'Hero' }), // 30 × 120/60 = 6000
  entry('e4', 'web', '2026-11-05', 60, { billable: false }), // non-billable: never
  entry('e5', 'web', '2026-11-06', 60, { invoiceId: 'inv-old' }), // on a sent invoice: never again
  entry('e6', 'web', '2026-10-31', 60), // before the period
  entry('e7', 'web', '2026-12-01', 60), // after it
];

describe('draftLines: time and materials', () => {
  it('offers the five groupings', () => {
    expect(LINE_GROUPINGS).toEqual(['project', 'task', 'person', 'day', 'entry']);
  });

  it('per project: one line per rate, minutes at the rate snapshot, only billable open time of the period', () => {
    const { lines, problems } = draftLines(input({ entries: tm }));
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        description: 'Website: time, 2 Nov 2026 – 5 Nov 2026, at €100.00/h',
        unit: 'hours',
        quantity: 40,
        unitPrice: 10_000,
        taxes: [],
        timeEntryIds: ['e1', 'e2'],
        expenseIds: [],
        projectId: 'web',
      },
      {
        description: 'Website: time, 2 Nov 2026 – 5 Nov 2026, at €120.00/h',
        unit: 'hours',
        quantity: 30,
        unitPrice: 12_000,
        taxes: [],
        timeEntryIds: ['e3'],
        expenseIds: [],
        projectId: 'web',
      },
    ]);
    // A group rounds once on its minutes: 40 × 10000 / 60 = 6666.67 → 6667, a cent more than the two
    // entries rounded one by one (3333 + 3333 = 6666): docs/decisions.md.
    const [grouped, single] = lines.map((line) => lineAmount(validate(invoiceLineSchema, line)));
    expect(grouped).toBe(6667);
    expect(amountMinorForMinutes(20, 10_000) * 2).toBe(6666);
    // A line of one entry prices exactly as the entry: 30 × 12000 / 60 = 6000.
    expect(single).toBe(amountMinorForMinutes(30, 12_000));
  });

  it('per entry: every line equals its entry amount, so the subtotal equals Σ entry amounts', () => {
    const { lines } = draftLines(input({ entries: tm, grouping: 'entry' }));
    expect(lines.map((line) => [line.description, line.quantity, line.unitPrice, line.timeEntryIds])).toEqual([
      ['Website, 2 Nov 2026: Homepage', 20, 10_000, ['e1']],
      ['Website, 2 Nov 2026: Navigation', 20, 10_000, ['e2']],
      ['Website, 5 Nov 2026: Homepage: Hero', 30, 12_000, ['e3']],
    ]);
    const totals = invoiceTotals({ lines: lines.map((line) => validate(invoiceLineSchema, line)), discountBasisPoints: 0 });
    // 3333 + 3333 + 6000
    expect(totals.subtotal).toBe(12_666);
  });

  it('per task: a line per task (and one for time without a task), split when a task mixes rates', () => {
    const noTask = entry('e8', 'web', '2026-11-09', 45); // 45 × 10000 / 60 = 7500
    const { lines } = draftLines(input({ entries: [...tm, noTask], grouping: 'task' }));
    expect(lines.map((line) => [line.description, line.quantity, line.unitPrice, line.timeEntryIds])).toEqual([
      ['Website: Homepage, 2 Nov 2026 – 5 Nov 2026, at €100.00/h', 20, 10_000, ['e1']],
      ['Website: Homepage, 2 Nov 2026 – 5 Nov 2026, at €120.00/h', 30, 12_000, ['e3']],
      ['Website: Navigation, 2 Nov 2026', 20, 10_000, ['e2']],
      ['Website: time without a task, 9 Nov 2026', 45, 10_000, ['e8']],
    ]);
  });

  it('per day: one line per day (split per rate); per person: one line per person (split per rate)', () => {
    const perDay = draftLines(input({ entries: tm, grouping: 'day' })).lines;
    expect(perDay.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Website, Monday, 2 November 2026', 40, ['e1', 'e2']],
      ['Website, Thursday, 5 November 2026', 30, ['e3']],
    ]);
    const perPerson = draftLines(input({ entries: tm, grouping: 'person' })).lines;
    expect(perPerson.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Website: your time, 2 Nov 2026 – 5 Nov 2026, at €100.00/h', 40, ['e1', 'e2']],
      ['Website: your time, 2 Nov 2026 – 5 Nov 2026, at €120.00/h', 30, ['e3']],
    ]);
    // e2 was Kim's (a teammate), e3 someone no longer in the agency; the owner's are "your time"
    const people = tm.map((entry) => (entry.id === 'e2' ? { ...entry, personId: 'kim' } : entry.id === 'e3' ? { ...entry, personId: 'gone' } : entry));
    const byPerson = draftLines(input({ entries: people, grouping: 'person', personNames: new Map([['kim', 'Kim Ito']]) })).lines;
    expect(byPerson.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Website: your time, 2 Nov 2026', 20, ['e1']],
      ['Website: Kim Ito’s time, 2 Nov 2026', 20, ['e2']],
      ['Website: a former teammate’s time, 5 Nov 2026', 30, ['e3']],
    ]);
  });

  it('bills each billable open expense of the period on its own line with its note, after the time', () => {
    const expenses = [
      expense('x1', 'web', '2026-11-12', 4_999, { note: 'Stock photos' }),
      expense('x2', 'web', '2026-11-03', 1_250),
      expense('x3', 'web', '2026-11-04', 800, { billable: false }),
      expense('x4', 'web', '2026-11-04', 900, { invoiceId: 'inv-old' }),
      expense('x5', 'web', '2026-12-02', 700),
    ];
    const { lines } = draftLines(input({ entries: [tm[0]!], expenses }));
    expect(lines.slice(1)).toEqual([
      {
        description: 'Website, expense of 3 Nov 2026',
        unit: 'units',
        quantity: 1000,
        unitPrice: 1_250,
        taxes: [],
        timeEntryIds: [],
        expenseIds: ['x2'],
        projectId: 'web',
      },
      {
        description: 'Website, expense of 12 Nov 2026: Stock photos',
        unit: 'units',
        quantity: 1000,
        unitPrice: 4_999,
        taxes: [],
        timeEntryIds: [],
        expenseIds: ['x1'],
        projectId: 'web',
      },
    ]);
  });

  it('gives every generated line the default taxes, each its own copy', () => {
    const vat = { rateBasisPoints: 2000, note: 'VAT' };
    const { lines } = draftLines(input({ entries: tm, expenses: [expense('x1', 'web', '2026-11-12', 100)], taxes: [vat] }));
    expect(lines.map((line) => line.taxes)).toEqual([[vat], [vat], [vat]]);
    expect(lines[0]?.taxes).not.toBe(lines[1]?.taxes);
  });

  it('keeps each project’s lines together, in the order the projects are chosen', () => {
    const app = project('app', 'App');
    const entries = [...tm, entry('a1', 'app', '2026-11-01', 60)];
    const { lines } = draftLines(input({ projects: [app, web], entries }));
    expect(lines.map((line) => line.projectId)).toEqual(['app', 'web', 'web']);
  });
});

describe('draftLines: fixed fee', () => {
  // Fee €10,000.00 = 1,000,000 minor units, three milestones.
  const site = project('site', 'Relaunch', {
    billing: 'fixed_fee',
    budgetAmount: 1_000_000,
    milestones: [
      { id: 'm1', name: 'Design', due: '2026-11-10' },
      { id: 'm2', name: 'Build', due: '2026-12-10' },
      { id: 'm3', name: 'Launch', due: '2027-01-10' },
    ],
  });
  const logged = [entry('f1', 'site', '2026-11-02', 120)];

  it('splits the fee equally across milestones, the remainder to the first, adding up to the fee', () => {
    // 1,000,000 / 3 = 333,333 rest 1
    expect(milestoneShares(1_000_000, 3)).toEqual([333_334, 333_333, 333_333]);
    // 100 / 7 = 14 rest 2
    expect(milestoneShares(100, 7)).toEqual([15, 15, 14, 14, 14, 14, 14]);
    expect(milestoneShares(100, 0)).toEqual([]);
  });

  it('takes a percentage of the fee, rounded once half away from zero', () => {
    expect(feePercentage(1_000_000, 2500)).toBe(250_000);
    // 999,999 × 12.5 % = 124,999.875 → 125,000
    expect(feePercentage(999_999, 1250)).toBe(125_000);
    // 1,001 × 50 % = 500.5 → 501
    expect(feePercentage(1_001, 5000)).toBe(501);
  });

  it('bills the fee by default, never hours', () => {
    const { lines } = draftLines(input({ projects: [site], entries: logged }));
    expect(lines).toEqual([
      {
        description: 'Relaunch: fixed fee',
        unit: 'units',
        quantity: 1000,
        unitPrice: 1_000_000,
        taxes: [],
        timeEntryIds: [],
        expenseIds: [],
        projectId: 'site',
      },
    ]);
  });

  it('bills a milestone’s share or a percentage when chosen', () => {
    const milestone = draftLines(
      input({ projects: [site], entries: logged, fixedFee: { site: { kind: 'milestone', milestoneId: 'm2' } } }),
    );
    expect(milestone.lines.map((line) => [line.description, line.quantity, line.unitPrice])).toEqual([
      ['Relaunch: milestone Build (2 of 3)', 1000, 333_333],
    ]);
    const percent = draftLines(input({ projects: [site], fixedFee: { site: { kind: 'percent', basisPoints: 1250 } } }));
    // 1,000,000 × 12.5 % = 125,000
    expect(percent.lines.map((line) => [line.description, line.unitPrice])).toEqual([
      ['Relaunch: 12.5 % of the fixed fee', 125_000],
    ]);
  });

  it('bills only what sent invoices left of the fee, and refuses a part bigger than that or a fee billed in full', () => {
    // 400,000 of 1,000,000 billed before: the fee option bills the rest, 600,000.
    const feeBilled = new Map([['site', 400_000]]);
    const rest = draftLines(input({ projects: [site], feeBilled }));
    expect(rest.lines.map((line) => [line.description, line.unitPrice])).toEqual([
      ['Relaunch: rest of the fixed fee (€4,000.00 of €10,000.00 billed before)', 600_000],
    ]);
    // 50 % = 500,000 ≤ 600,000 left: billed; the Design milestone's 333,334 too.
    const half = draftLines(input({ projects: [site], feeBilled, fixedFee: { site: { kind: 'percent', basisPoints: 5000 } } }));
    expect(half.lines.map((line) => line.unitPrice)).toEqual([500_000]);
    // 700,000 billed: 75 % = 750,000 > 300,000 left, refused; the whole fee billed: nothing left to bill.
    const tooMuch = draftLines(
      input({
        projects: [site],
        feeBilled: new Map([['site', 700_000]]),
        fixedFee: { site: { kind: 'percent', basisPoints: 7500 } },
      }),
    );
    expect(tooMuch.lines).toEqual([]);
    expect(tooMuch.problems).toEqual([
      'Relaunch: that part is €7,500.00, but only €3,000.00 of its €10,000.00 fee is not on a sent invoice yet',
    ]);
    const done = draftLines(input({ projects: [site], feeBilled: new Map([['site', 1_000_000]]) }));
    expect(done.problems).toEqual(['Relaunch: its whole fixed fee of €10,000.00 is already on sent invoices']);
  });

  it('names what cannot be billed: no fee, a milestone gone, a non-billable project', () => {
    const noFee = project('nofee', 'Audit', { billing: 'fixed_fee' });
    const internal = project('int', 'Internal', { billing: 'non_billable' });
    const { lines, problems } = draftLines(
      input({
        projects: [noFee, site, internal],
        entries: [entry('i1', 'int', '2026-11-02', 60)],
        fixedFee: { site: { kind: 'milestone', milestoneId: 'gone' } },
      }),
    );
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      'Audit is a fixed fee without a budget amount: set its fee on the project first',
      'Relaunch has no such milestone any more: choose another',
      'Internal is not billable: leave it out of the invoice',
    ]);
  });
});

describe('draftLines: retainer', () => {
  // 10 h (600 min) a month from the 1st, at €90/h.
  const care = project('care', 'Care plan', {
    billing: 'retainer',
    defaultRate: 9_000,
    startDay: '2026-10-01',
    retainer: { allowanceMinutesPerMonth: 600, cycleStartDay: 1 },
  });
  const november = [
    entry('r1', 'care', '2026-11-02', 300), // used 300
    entry('r2', 'care', '2026-11-10', 240), // used 540 ≤ 600
    entry('r3', 'care', '2026-11-20', 120), // used 660 > 600: 60 min overage
    entry('r4', 'care', '2026-11-21', 60, { billable: false }), // never counts
  ];

  it('bills the cycle’s allowance at the project rate and the hours beyond it', () => {
    const { lines } = draftLines(input({ projects: [care], entries: november }));
    expect(lines).toEqual([
      {
        description: 'Care plan: retainer, 1 Nov 2026 – 30 Nov 2026 (10h a month)',
        unit: 'hours',
        quantity: 600,
        unitPrice: 9_000,
        taxes: [],
        timeEntryIds: ['r1', 'r2'],
        expenseIds: [],
        projectId: 'care',
      },
      {
        description: 'Care plan: hours beyond the allowance, 1 Nov 2026 – 30 Nov 2026',
        unit: 'hours',
        quantity: 60,
        unitPrice: 9_000,
        taxes: [],
        timeEntryIds: ['r3'],
        expenseIds: [],
        projectId: 'care',
      },
    ]);
    // 600 × 9000 / 60 = 90,000; 60 × 9000 / 60 = 9,000
    expect(lines.map((line) => lineAmount(validate(invoiceLineSchema, line)))).toEqual([90_000, 9_000]);
  });

  it('bills the allowance of a cycle that began before the period when none of it is invoiced yet (a first invoice made mid-cycle)', () => {
    // From 16 Nov: the 1 Nov cycle began before the period, but nothing of it is on an invoice, so its
    // allowance is still owed. r3 alone (120 min) is open in the period; used = 120 ≤ 600: no overage.
    const { lines } = draftLines(input({ from: toDayKey('2026-11-16'), projects: [care], entries: november }));
    expect(lines.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Care plan: retainer, 1 Nov 2026 – 30 Nov 2026 (10h a month)', 600, ['r3']],
    ]);
  });

  it('uses the default rate when the retainer has none', () => {
    const noRate = { ...care, defaultRate: undefined };
    const { lines } = draftLines(input({ projects: [noRate], entries: november, defaultRate: 7_500 }));
    expect(lines.map((line) => line.unitPrice)).toEqual([7_500, 7_500]);
  });

  it('bills an allowance once, and only overage not billed before', () => {
    // The first half of November is on a sent invoice that billed the allowance (540 min used).
    const sent = [
      entry('r1', 'care', '2026-11-02', 300, { invoiceId: 'inv-1' }),
      entry('r2', 'care', '2026-11-10', 240, { invoiceId: 'inv-1' }),
      entry('r3', 'care', '2026-11-20', 120), // 540 + 120 = 660: 60 beyond
      entry('r5', 'care', '2026-11-25', 30), // 690: 90 beyond, 0 billed before
    ];
    const { lines } = draftLines(
      input({
        from: toDayKey('2026-11-16'),
        projects: [care],
        entries: sent,
        billedCycles: new Set([retainerCycleKey('care', toDayKey('2026-11-01'))]),
      }),
    );
    expect(lines.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Care plan: hours beyond the allowance, 1 Nov 2026 – 30 Nov 2026', 90, ['r3', 'r5']],
    ]);
    // A cycle that began before the period is not billed again: from 16 Nov, the 1 Nov allowance is not this invoice's.
    const withoutKnowing = draftLines(input({ from: toDayKey('2026-11-16'), projects: [care], entries: sent.slice(0, 2) }));
    expect(withoutKnowing.lines).toEqual([]);
  });

  it('with rollover, what was left of the last cycle raises the threshold before overage', () => {
    const rolling = project('care', 'Care plan', {
      billing: 'retainer',
      defaultRate: 9_000,
      startDay: '2026-10-01',
      retainer: { allowanceMinutesPerMonth: 600, cycleStartDay: 1, rollover: true },
    });
    // October: 400 billable minutes of 600, so 200 carry into November: 660 ≤ 800, no overage.
    const days = [{ day: toDayKey('2026-10-15'), minutes: 400, amountMinor: 0, expensesMinor: 0 }];
    const { lines } = draftLines(input({ projects: [rolling], entries: november, retainerDays: new Map([['care', days]]) }));
    expect(lines.map((line) => [line.quantity, line.timeEntryIds])).toEqual([[600, ['r1', 'r2', 'r3']]]);
  });

  it('bills each cycle that starts in the period', () => {
    const twoMonths = [...november, entry('r6', 'care', '2026-12-03', 90)];
    const { lines } = draftLines(input({ to: toDayKey('2026-12-31'), projects: [care], entries: twoMonths }));
    expect(lines.map((line) => [line.description, line.quantity, line.timeEntryIds])).toEqual([
      ['Care plan: retainer, 1 Nov 2026 – 30 Nov 2026 (10h a month)', 600, ['r1', 'r2']],
      ['Care plan: hours beyond the allowance, 1 Nov 2026 – 30 Nov 2026', 60, ['r3']],
      ['Care plan: retainer, 1 Dec 2026 – 31 Dec 2026 (10h a month)', 600, ['r6']],
    ]);
  });
});

describe('draftLines: limits', () => {
  it('refuses more lines than an invoice holds and says how to make fewer', () => {
    const many = Array.from({ length: 501 }, (_, index) => entry(`m${index}`, 'web', '2026-11-02', 1));
    const { problems } = draftLines(input({ entries: many, grouping: 'entry' }));
    expect(problems).toEqual([
      'This would make 501 lines, more than the 500 an invoice can hold: group the time per project, task or person, or shorten the period',
    ]);
  });
});
