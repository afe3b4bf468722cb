import { describe, expect, it } from 'vitest';
import { buildReportModel, REPORT_RETAINER_CYCLES } from '../../../../src/renderer/src/domain/report/report-model';
import type { ReportProject } from '../../../../src/renderer/src/domain/report/report-types';
import { MAX_NEXT_TASKS, MAX_WORK_NOTES } from '../../../../src/renderer/src/domain/report/report-sections';
import { taskSchema } from '../../../../src/renderer/src/domain/model/task';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toMinutes } from '../../../../src/renderer/src/domain/units/minutes';
import { PERIOD, brandProject, reportInput, seoProject, webProject } from './fixtures';

// The report model of the fixture client, section by section. Every number is worked out by hand
// in the comments (see fixtures.ts for the records).

const model = buildReportModel(reportInput());
function project(code: string): ReportProject {
  const found = model.projects.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no project ${code}`);
  return found;
}

describe('the report header', () => {
  it('names the agency, client, period and day, projects in the order given', () => {
    expect(model.agency).toEqual({ name: 'Fieldwork Studio', logo: null });
    expect(model.client).toEqual({ name: 'Alder & Finch Outdoor', currency: 'EUR' });
    expect(model.period).toEqual(PERIOD);
    expect(model.generatedOn).toBe('2026-03-18');
    expect(model.paper).toBe('a4');
    expect(model.projects.map((item) => item.code)).toEqual(['WEB', 'SEO', 'BRD']);
  });

  it('keeps a base64 image logo and drops anything else', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(buildReportModel(reportInput({ logo: png })).agency.logo).toBe(png);
    for (const logo of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'https://example.com/logo.png',
      'data:image/png;base64,AA"onerror="x',
    ]) {
      expect(buildReportModel(reportInput({ logo })).agency.logo).toBeNull();
    }
  });
});

describe('WEB, time and materials, in the red', () => {
  const web = project('WEB');

  it('says why it is red: every rule that fired, worst first', () => {
    // spent €7,150 (€7,000 of time + €150 expenses) of a €10,800 baseline (€10,000 + €800 approved)
    // % complete 20h of 40h scope = 50 %, so EAC = €7,150 / 0.5 = €14,300 = 132 % of the baseline
    // % spent 66.2 % − 50 % = 16 points; burn €1,550 over 10 working days = €155 a day, so the
    // €3,650 left lasts ceil(23.5) = 24 working days: Tue 21 April, before the end on 30 April
    expect(web.status).toBe('red');
    expect(web.reasons).toEqual([
      { level: 'red', text: 'The estimate at completion, €14,300.00, is 132% of the €10,800.00 baseline: more than 110%.' },
      { level: 'amber', text: '66% of the budget is spent but only 50% of the work is done: 16 points apart, more than 10.' },
      {
        level: 'amber',
        text: 'At €155.00 a working day the budget runs out on Apr 21, 2026, before the end date, Apr 30, 2026.',
      },
    ]);
  });

  it('has the budget figures of budget health, plus what was spent in the period', () => {
    expect(web.budget).toEqual({
      measure: 'money',
      currency: 'EUR',
      budget: 1_000_000,
      approvedChanges: 80_000,
      baseline: 1_080_000,
      spent: 715_000,
      // 2, 9, 12 and 16 March: 20h at €100, plus €150 of expenses on 5 March
      spentInPeriod: 215_000,
      remaining: 365_000,
      eac: 1_430_000,
      runOut: { kind: 'date', day: '2026-04-21', workingDays: 24 },
      percentSpent: 715_000 / 1_080_000,
      cycle: false,
    });
    expect(web.percentComplete).toBe(0.5);
    expect(web.retainer).toBeNull();
  });

  it('has a burn chart from the start to the end date with the approved change as a step', () => {
    expect(web.chart).not.toBeNull();
    expect(web.chart?.from).toBe('2026-01-05');
    // the run-out (21 April) falls before the end date, so the chart ends on the end date
    expect(web.chart?.to).toBe('2026-04-30');
    expect(web.chart?.granularity).toBe('day');
    expect(web.chart?.steps).toEqual([
      expect.objectContaining({ day: '2026-02-20', added: 80_000, baseline: 1_080_000, title: 'Blog section' }),
    ]);
  });

  it('lists every milestone in due order: done, overdue or upcoming', () => {
    expect(web.milestones).toEqual([
      { name: 'Kick-off', due: '2026-01-05', doneAt: '2026-01-05', state: 'done' },
      { name: 'Design sign-off', due: '2026-02-27', doneAt: '2026-03-02', state: 'done' },
      { name: 'Content freeze', due: '2026-03-13', doneAt: null, state: 'overdue' },
      { name: 'Beta', due: '2026-03-27', doneAt: null, state: 'upcoming' },
      { name: 'Launch', due: '2026-04-30', doneAt: null, state: 'upcoming' },
    ]);
  });

  it('says what was done in the period: milestones reached, tasks finished, time by note', () => {
    expect(web.done).toEqual({
      // 6h + 8h + 2h + 4h; the 10 February wireframes are before the period
      minutes: 1200,
      milestones: [{ name: 'Design sign-off', day: '2026-03-02' }],
      // staging was set up on 1 February, before the period
      tasks: [{ title: 'Write alt texts', day: '2026-03-04' }],
      // the 2h without a note count in the total only
      work: [
        { note: 'Build home page', minutes: 720 },
        { note: 'Design sign-off meeting', minutes: 360 },
      ],
      moreWork: 0,
    });
  });

  it('says what is next until 14 days after the period: open milestones, tasks due or under way, planned hours', () => {
    expect(web.next).toEqual({
      until: '2026-04-01',
      milestones: [
        { name: 'Content freeze', due: '2026-03-13', overdue: true },
        { name: 'Beta', due: '2026-03-27', overdue: false },
      ],
      // "Launch checklist" is due 20 April, after 1 April; "Review copy" waits on the client
      tasks: [
        { title: 'QA on mobile', due: '2026-03-25', overdue: false },
        { title: 'Build blog templates', due: null, overdue: false },
      ],
      moreTasks: 0,
      // 19 March 2h 30m + 25 March 1h; the 17 March block is past, the 20 March one a break, 10 April too late
      plannedMinutes: 210,
    });
  });

  it('lists every change request in the order asked, with its decision', () => {
    expect(web.changeRequests).toEqual([
      {
        title: 'Chatbot',
        status: 'declined',
        estimateMinutes: 1200,
        amount: 200_000,
        askedAt: '2026-02-01',
        decidedAt: '2026-02-03',
        decidedBy: 'Dana',
      },
      {
        title: 'Blog section',
        status: 'approved',
        estimateMinutes: 480,
        amount: 80_000,
        askedAt: '2026-02-16',
        decidedAt: '2026-02-20',
        decidedBy: 'Dana',
      },
      {
        title: 'Newsletter signup',
        status: 'estimated',
        estimateMinutes: 360,
        amount: 60_000,
        askedAt: '2026-03-10',
        decidedAt: null,
        decidedBy: null,
      },
      {
        title: 'Dark mode',
        status: 'asked',
        estimateMinutes: 0,
        amount: 0,
        askedAt: '2026-03-16',
        decidedAt: null,
        decidedBy: null,
      },
    ]);
  });

  it('lists the decisions the client owes: the task waiting on them and the estimated change', () => {
    // "Dark mode" is only asked: ours to estimate first
    expect(web.decisions).toEqual([
      { kind: 'task', title: 'Review copy', due: '2026-03-20', notes: 'Waiting for the client to reply.' },
      { kind: 'change-request', title: 'Newsletter signup', askedAt: '2026-03-10', estimateMinutes: 360, amount: 60_000 },
    ]);
  });
});

describe('SEO, a retainer with rollover, green', () => {
  const seo = project('SEO');

  it('measures this cycle in hours: 10h + 3h rolled over, 7h used', () => {
    // January 8h of 10h → 2h over; February 10h + 2h = 12h, 9h used → 3h over; March 10h + 3h = 13h
    expect(seo.retainer).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
      allowance: 600,
      carriedIn: 180,
      extra: 0,
      available: 780,
      used: 420,
      remaining: 360,
      rollover: true,
      plannedThisCycle: 0,
      recent: [
        { start: '2026-01-01', available: 600, used: 480 },
        { start: '2026-02-01', available: 720, used: 540 },
        { start: '2026-03-01', available: 780, used: 420 },
      ],
    });
    // 2h in the burn window = 12 minutes a working day: 6h last 30 working days, to 29 April
    expect(seo.budget).toMatchObject({
      measure: 'hours',
      baseline: 780,
      spent: 420,
      spentInPeriod: 420,
      remaining: 360,
      cycle: true,
    });
    expect(seo.budget?.runOut).toEqual({ kind: 'date', day: '2026-04-29', workingDays: 30 });
    expect(seo.chart).toBeNull();
    expect(seo.percentComplete).toBeNull();
  });

  it('says it is on track in plain words', () => {
    expect(seo.status).toBe('green');
    expect(seo.reasons).toEqual([
      { level: 'green', text: '54% of this cycle’s hours are used; at the current pace they last until the cycle ends.' },
    ]);
  });

  it('has its work and its decision', () => {
    expect(seo.done.tasks).toEqual([{ title: 'Monthly SEO report', day: '2026-03-03' }]);
    expect(seo.done.work).toEqual([
      { note: 'Keyword research', minutes: 300 },
      { note: 'Monthly SEO report', minutes: 120 },
    ]);
    expect(seo.decisions).toEqual([{ kind: 'task', title: 'Approve keyword list', due: null, notes: '' }]);
  });
});

describe('BRD, no budget yet', () => {
  it('says so, without figures or chart, and with empty sections', () => {
    const brand = project('BRD');
    expect(brand.status).toBe('none');
    expect(brand.reasons).toEqual([
      { level: 'none', text: 'No budget has been set for this project yet, so it is not measured against one.' },
    ]);
    expect(brand.budget).toBeNull();
    expect(brand.chart).toBeNull();
    expect(brand.milestones).toEqual([]);
    expect(brand.done).toEqual({ minutes: 0, milestones: [], tasks: [], work: [], moreWork: 0 });
    expect(brand.next).toEqual({ until: '2026-04-01', milestones: [], tasks: [], moreTasks: 0, plannedMinutes: 0 });
    expect(brand.decisions).toEqual([]);
  });
});

describe('limits and options', () => {
  it('keeps the eight notes with most time and counts the rest', () => {
    const source = webProject();
    const entries = Array.from({ length: MAX_WORK_NOTES + 2 }, (_, index) => ({
      day: toDayKey('2026-03-10'),
      minutes: toMinutes(10 + index),
      note: `Note ${index}`,
    }));
    const [built] = buildReportModel(reportInput({ projects: [{ ...source, entries }] })).projects;
    expect(built?.done.work.map((item) => item.note)).toEqual([
      'Note 9',
      'Note 8',
      'Note 7',
      'Note 6',
      'Note 5',
      'Note 4',
      'Note 3',
      'Note 2',
    ]);
    expect(built?.done.moreWork).toBe(2);
  });

  it('lists at most ten next tasks and counts the rest', () => {
    const source = brandProject();
    const tasks = Array.from({ length: MAX_NEXT_TASKS + 3 }, (_, index) =>
      taskSchema.parse({ title: `Task ${String(index).padStart(2, '0')}`, projectId: 'brd', status: 'doing' }),
    );
    const [built] = buildReportModel(reportInput({ projects: [{ ...source, tasks }] })).projects;
    expect(built?.next.tasks).toHaveLength(MAX_NEXT_TASKS);
    expect(built?.next.moreTasks).toBe(3);
  });

  it('looks as far ahead as asked and keeps the paper', () => {
    const built = buildReportModel(reportInput({ nextDays: 30, paper: 'letter', projects: [webProject()] }));
    expect(built.paper).toBe('letter');
    expect(built.projects[0]?.next.until).toBe('2026-04-17');
    // "Launch checklist" (20 April) is still beyond; the 10 April block now counts
    expect(built.projects[0]?.next.plannedMinutes).toBe(270);
  });

  it('shows at most six retainer cycles', () => {
    const source = seoProject();
    const project = { ...source.project, startDay: toDayKey('2025-06-01') };
    const [built] = buildReportModel(reportInput({ projects: [{ ...source, project }] })).projects;
    expect(built?.retainer?.recent).toHaveLength(REPORT_RETAINER_CYCLES);
    expect(built?.retainer?.recent[0]?.start).toBe('2025-10-01');
  });
});
