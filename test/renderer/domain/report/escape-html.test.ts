// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SafeHtml, escapeHtml, markup, safeLogoUrl, trusted } from '../../../../src/renderer/src/domain/report/escape-html';
import { renderReportHtml } from '../../../../src/renderer/src/domain/report/render-html';
import { buildReportModel } from '../../../../src/renderer/src/domain/report/report-model';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toMinutes } from '../../../../src/renderer/src/domain/units/minutes';
import { reportInput, webProject } from './fixtures';

describe('escapeHtml and the markup template', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value, in arrays too, and passes only SafeHtml through', () => {
    const name = '<b>Bold</b>';
    expect(String(markup`<p title="${name}">${name}</p>`)).toBe('<p title="&lt;b&gt;Bold&lt;/b&gt;">&lt;b&gt;Bold&lt;/b&gt;</p>');
    expect(String(markup`<ul>${['<i>', markup`<li>${'&'}</li>`]}</ul>`)).toBe('<ul>&lt;i&gt;<li>&amp;</li></ul>');
    expect(String(markup`${null}${undefined}${false}${0}`)).toBe('0');
    expect(markup`${trusted('<br>')}`).toBeInstanceOf(SafeHtml);
    expect(String(markup`${trusted('<br>')}`)).toBe('<br>');
  });
});

describe('safeLogoUrl', () => {
  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['data:image/jpeg;base64,/9j/4AAQ', true],
    ['data:image/svg+xml;base64,PHN2Zz4=', true],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
    ['data:image/png;base64,AA" onerror="alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['javascript:alert(1)', false],
    ['https://example.com/logo.png', false],
    ['', false],
  ])('%s → %s', (logo, kept) => {
    expect(safeLogoUrl(logo)).toBe(kept ? logo : null);
  });
});

// Every piece of user text a report prints, each an attack. The report must show them as text.
const HOSTILE = {
  agency: '<script>alert("agency")</script>',
  client: '<img src=x onerror=alert(1)>',
  project: '</style><script>alert(2)</script>',
  milestone: '"><svg onload=alert(3)>',
  change: "<iframe src='javascript:alert(4)'>",
  decidedBy: '<a href="javascript:alert(5)">Dana</a>',
  task: '<b onmouseover=alert(6)>Approve</b>',
  notes: '</title><script>alert(7)</script> & more',
  entry: '<style>body{display:none}</style>',
};

function hostileReport(): string {
  const web = webProject({
    name: HOSTILE.project,
    milestones: [{ id: 'm', name: HOSTILE.milestone, due: '2026-03-01', doneAt: '2026-03-02' }],
    changeRequests: [
      {
        id: 'c',
        title: HOSTILE.change,
        status: 'approved',
        askedAt: '2026-03-01',
        decidedAt: '2026-03-02',
        decidedBy: HOSTILE.decidedBy,
        estimateMinutes: 60,
        amount: 100,
      },
    ],
  });
  const tasks = [{ title: HOSTILE.task, notes: HOSTILE.notes, status: 'waiting' as const, due: undefined, doneAt: undefined }];
  const entries = [{ day: toDayKey('2026-03-10'), minutes: toMinutes(60), note: HOSTILE.entry }];
  return renderReportHtml(
    buildReportModel(
      reportInput({
        agencyName: HOSTILE.agency,
        logo: 'data:image/svg+xml,<svg onload=alert(8)>',
        client: { name: HOSTILE.client, currency: reportInput().client.currency },
        projects: [{ ...web, tasks, entries }],
      }),
    ),
  );
}

describe('hostile names and notes', () => {
  const report = hostileReport();
  // parsed as a browser would; DOMParser documents run no script
  const doc = new DOMParser().parseFromString(report, 'text/html');

  it('appear as text', () => {
    const body = doc.body.textContent ?? '';
    for (const value of Object.values(HOSTILE)) expect(body).toContain(value);
    expect(doc.title).toContain(HOSTILE.client);
  });

  it('make no element, attribute or style of their own', () => {
    expect(doc.querySelectorAll('script, img, iframe, a, b')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    const handlers = [...doc.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(doc.querySelectorAll('svg')).toHaveLength(1);
    expect(report).not.toContain('<script');
    expect(report).not.toContain('</style><script');
  });
});
