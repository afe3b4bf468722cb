// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { REPORT_CSP, renderReportHtml, reportTitle } from '../../../../src/renderer/src/domain/report/render-html';
import { buildReportModel } from '../../../../src/renderer/src/domain/report/report-model';
import { reportInput } from './fixtures';

// The rendered report of the fixture client, read back as a document (jsdom runs no script).

/** Parsed as a browser would, without running anything (DOMParser documents run no script). */
const parseHtml = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html');
const model = buildReportModel(reportInput());
const html = renderReportHtml(model);
const doc = parseHtml(html);

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (table: Element | null | undefined): string[][] =>
  [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => text(cell)));
const section = (name: string): Element => {
  const found = [...doc.querySelectorAll('section.project')].find((candidate) => text(candidate.querySelector('h2')) === name);
  if (!found) throw new Error(`no section ${name}`);
  return found;
};
const figures = (scope: Element): Record<string, string> =>
  Object.fromEntries(
    [...scope.querySelectorAll('.figure')].map((figure) => [text(figure.querySelector('dt')), text(figure.querySelector('dd'))]),
  );
const block = (scope: Element, title: string): Element => {
  const heading = [...scope.querySelectorAll('h3')].find((candidate) => text(candidate).startsWith(title));
  if (!heading?.parentElement) throw new Error(`no block ${title}`);
  return heading.parentElement;
};
const items = (scope: Element): string[] => [...scope.querySelectorAll('li')].map((item) => text(item));

describe('the document', () => {
  it('is self-contained: its own CSP, inline styles, no script, no remote resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(doc.querySelectorAll('script, link, iframe, object, embed')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    // the only URL is the SVG namespace, which is a name, not a resource
    expect(html.match(/https?:\/\/[^"'\s)]*/g)?.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html).not.toMatch(/url\(/);
  });

  it('prints on the chosen paper', () => {
    expect(html).toMatch(/@page \{ size: A4; margin: 14mm 14mm 18mm 14mm; \}/);
    expect(renderReportHtml(buildReportModel(reportInput({ paper: 'letter' })))).toMatch(/@page \{ size: letter;/);
  });

  it('has a title naming client and period, for the footer and the file', () => {
    expect(reportTitle(model)).toBe('Status report — Alder & Finch Outdoor — Feb 17, 2026 – Mar 18, 2026');
    expect(doc.title).toBe(reportTitle(model));
  });
});

describe('the first page', () => {
  it('names the agency, the client, the period and the day it was prepared', () => {
    expect(text(doc.querySelector('.agency'))).toBe('Fieldwork Studio');
    expect([...(doc.querySelector('.report-title')?.children ?? [])].map((line) => text(line))).toEqual([
      'Status report',
      'Alder & Finch Outdoor',
      'Feb 17, 2026 – Mar 18, 2026',
      'Prepared Mar 18, 2026',
    ]);
    expect(doc.querySelector('.agency img')).toBeNull();
  });

  it('shows the logo when there is one', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const withLogo = parseHtml(renderReportHtml(buildReportModel(reportInput({ logo }))));
    const image = withLogo.querySelector('.agency img');
    expect(image?.getAttribute('src')).toBe(logo);
    expect(image?.getAttribute('alt')).toBe('Fieldwork Studio logo');
  });

  it('sums up every project at a glance', () => {
    const glance = [...doc.querySelectorAll('section.block')].find(
      (candidate) => text(candidate.querySelector('h2')) === 'At a glance',
    );
    expect([...(glance?.querySelectorAll('th') ?? [])].map((cell) => text(cell))).toEqual([
      'Project',
      'Status',
      'Spent',
      'Budget',
      'Remaining',
      'Runs out',
    ]);
    expect(rows(glance?.querySelector('table'))).toEqual([
      ['Website relaunch', 'Off track', '€7,150.00', '€10,800.00', '€3,650.00', 'Apr 21, 2026'],
      ['SEO retainer', 'On track', '7h', '13h this cycle', '6h', 'Apr 29, 2026'],
      ['Brand refresh', 'No budget', '—', '—', '—', '—'],
    ]);
  });

  it('gathers every decision the client owes', () => {
    const decisions = doc.querySelector('section.decisions');
    expect(text(decisions?.querySelector('h2'))).toBe('Decisions needed from you');
    expect(items(decisions ?? doc.body)).toEqual([
      'Website relaunch: Review copy — Waiting for the client to reply. (needed by Mar 20, 2026)',
      'Website relaunch: Approve or decline the change Newsletter signup: 6h, €600.00 (asked Mar 10, 2026)',
      'SEO retainer: Approve keyword list',
    ]);
  });

  it('says when nothing is waiting on the client', () => {
    const calm = parseHtml(renderReportHtml(buildReportModel(reportInput({ projects: [] }))));
    expect(text(calm.querySelector('section.decisions p'))).toBe('Nothing is waiting on you right now.');
    expect(text(calm.querySelector('.empty'))).toBe('No projects are in this report.');
  });
});

describe('a project section (WEB)', () => {
  const web = section('Website relaunch');

  it('starts with the status, the facts of the project and why', () => {
    expect(text(web.querySelector('.project-head .badge'))).toBe('Off track');
    expect(web.querySelector('.project-head .badge')?.classList.contains('badge-red')).toBe(true);
    expect(text(web.querySelector('.project-meta'))).toBe('WEB · Time and materials · Active · Jan 5, 2026 – Apr 30, 2026');
    expect([...web.querySelectorAll('.reasons li')].map((item) => item.className)).toEqual([
      'level-red',
      'level-amber',
      'level-amber',
    ]);
  });

  it('shows the budget figures with what they are made of', () => {
    expect(figures(web)).toEqual({
      Budget: '€10,800.00incl. €800.00 approved changes',
      'Spent to date': '€7,150.0066% of the budget',
      Remaining: '€3,650.00budget − spent',
      'Estimate at completion': '€14,300.00132% of the budget',
      'Budget runs out': 'Apr 21, 2026at the pace of the last two weeks',
      'Spent this period': '€2,150.0020h logged',
      'Work complete': '50%of the planned scope',
    });
  });

  it('draws the burn chart as vector lines with a legend in text', () => {
    const chart = web.querySelector('svg.chart');
    expect(chart?.getAttribute('aria-label')).toBe('Burn chart for Website relaunch');
    for (const line of ['line-spent', 'line-baseline', 'line-ideal', 'line-forecast', 'line-planned']) {
      expect(chart?.querySelector(`path.${line}`)?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+/);
    }
    expect([...(chart?.querySelectorAll('.chart-tick') ?? [])].map((tick) => text(tick))).toEqual([
      '€0',
      '€5K',
      '€10K',
      '€15K',
      'Feb 1',
      'Mar 1',
      'Apr 1',
    ]);
    expect(text(chart?.querySelector('.chart-marker-label'))).toBe('Today');
    expect(items(web.querySelector('.legend') ?? web)).toEqual([
      'Spent',
      'Forecast at the current pace',
      'Spent + planned work',
      'Budget (steps are approved changes)',
      'Ideal pace',
    ]);
  });

  it('says what was done and what is next', () => {
    expect(text(block(web, 'What was done').querySelector('h3'))).toBe('What was done (20h)');
    expect(items(block(web, 'What was done'))).toEqual([
      'Milestone reached: Design sign-off (Mar 2, 2026)',
      'Write alt texts (Mar 4, 2026)',
      'Build home page — 12h',
      'Design sign-off meeting — 6h',
    ]);
    expect(items(block(web, 'What is next'))).toEqual([
      'Milestone: Content freeze (was due Mar 13, 2026)',
      'Milestone: Beta (due Mar 27, 2026)',
      'QA on mobile (due Mar 25, 2026)',
      'Build blog templates (in progress)',
      '3h 30m of work planned on the calendar until Apr 1, 2026',
    ]);
  });

  it('tables the milestones and change requests', () => {
    expect(rows(block(web, 'Milestones').querySelector('table'))).toEqual([
      ['Kick-off', 'Jan 5, 2026', 'Reached Jan 5, 2026'],
      ['Design sign-off', 'Feb 27, 2026', 'Reached Mar 2, 2026'],
      ['Content freeze', 'Mar 13, 2026', 'Overdue'],
      ['Beta', 'Mar 27, 2026', 'Upcoming'],
      ['Launch', 'Apr 30, 2026', 'Upcoming'],
    ]);
    expect(rows(block(web, 'Change requests').querySelector('table'))).toEqual([
      ['Chatbot', 'Feb 1, 2026', '20h', '€2,000.00', 'Declined Feb 3, 2026 by Dana'],
      ['Blog section', 'Feb 16, 2026', '8h', '€800.00', 'Approved Feb 20, 2026 by Dana'],
      ['Newsletter signup', 'Mar 10, 2026', '6h', '€600.00', 'Awaiting your decision'],
      ['Dark mode', 'Mar 16, 2026', '—', '—', 'Awaiting estimate'],
    ]);
  });

  it('ends with the decisions for this project', () => {
    expect(items(block(web, 'Decisions needed from you'))).toEqual([
      'Review copy — Waiting for the client to reply. (needed by Mar 20, 2026)',
      'Approve or decline the change Newsletter signup: 6h, €600.00 (asked Mar 10, 2026)',
    ]);
  });
});

describe('a retainer section (SEO) and one without a budget (BRD)', () => {
  it('shows this cycle’s hours and a bar per cycle', () => {
    const seo = section('SEO retainer');
    expect(figures(seo)).toEqual({
      'Hours this cycle': '13h10h a month + 3h rolled over; Mar 1, 2026 – Mar 31, 2026',
      'Used this cycle': '7h54% of the budget',
      'Hours remaining this cycle': '6hbudget − spent',
      'Cycle ends': 'Mar 31, 2026no work planned on the calendar yet',
      // 29 April is after this cycle: the next one brings new hours
      'Hours run out': 'Not this cycleat the pace of the last two weeks',
      'Spent this period': '7h7h logged',
    });
    const bars = seo.querySelector('svg.chart');
    expect(bars?.getAttribute('aria-label')).toBe('Retainer cycles for SEO retainer');
    expect(bars?.querySelectorAll('rect.bar-available')).toHaveLength(3);
    expect(bars?.querySelectorAll('rect.bar-used')).toHaveLength(3);
    expect(text(seo.querySelector('.chart-box p'))).toBe('Unused hours roll over to the next cycle.');
  });

  it('says a project without a budget has none, and what is empty', () => {
    const brand = section('Brand refresh');
    expect(brand.querySelector('.figures')).toBeNull();
    expect(brand.querySelector('svg')).toBeNull();
    expect(text(block(brand, 'What was done').querySelector('.empty'))).toBe('No work was logged in this period.');
    expect(text(block(brand, 'What is next').querySelector('.empty'))).toBe('Nothing is scheduled before Apr 1, 2026.');
    expect(text(block(brand, 'Decisions needed from you').querySelector('.empty'))).toBe(
      'Nothing is waiting on you for this project.',
    );
  });
});
