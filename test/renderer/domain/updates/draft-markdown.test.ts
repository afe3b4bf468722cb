import { describe, expect, it } from 'vitest';
import { buildUpdateDraft } from '../../../../src/renderer/src/domain/updates/draft-model';
import { renderDraftMarkdown } from '../../../../src/renderer/src/domain/updates/draft-markdown';
import { markdownToHtml } from '../../../../src/renderer/src/domain/updates/markdown';
import { agencyInput } from './fixtures';

// The fixture agency's draft as the user first sees it, written out by hand.

const EXPECTED = `# Update for Acme: Mar 12 – Mar 18, 2026

## Done

### Pitch

- Milestone reached: Pitch delivered (Mar 14)

### Support

- Monthly report (Mar 18)

### Website

- Milestone reached: Design sign-off (Mar 13)
- Legacy import (Mar 12)
- Home page build (Mar 16)
- Scope delivered so far: 1 of 2 items

## Next

### Website

- Milestone: Beta, due Mar 20
- Fix the \\*footer\\*, was due Mar 10
- Blog templates, due Mar 20
- Design review (meeting, Mar 19)
- Time booked: 4h 30m over 2 days

## Hours and budget

### Brand book

- This period: nothing logged
- To date: 10h (€1,000.00)
- Budget: €1,000.00 of €5,000.00 used, €4,000.00 remaining

### Pitch

- This period: nothing logged
- To date: nothing logged
- No budget set

### Support

- This period: 1h 30m (€150.00)
- To date: 4h 30m (€450.00)
- Retainer hours this cycle (Mar 1 – Mar 31, 2026): 4h 30m of 10h used, 5h 30m remaining

### Website

- This period: 10h (€1,050.00)
- To date: 70h (€7,050.00)
- Budget hours: 70h of 100h used, 30h remaining

## Risks

- At the current rate Website will need about 116h 40m in total, more than its 100h budget.
- At the current pace the budget for Website will run out around Apr 8, 2026, before the planned end on Apr 17, 2026.

## Decisions needed from you

- Website: we are waiting on you for “Send logo files”, due Mar 19
- Website: we are waiting on you for “Brief for photos”
- Website: change request “Extra landing page”, estimated at 20h, €2,000.00; do you approve it?
- Website: change request “Newsletter sign-up”, asked on Mar 16; we will send an estimate for your decision
`;

describe('draft Markdown', () => {
  it('writes every section of the fixture agency', () => {
    expect(renderDraftMarkdown(buildUpdateDraft(agencyInput()), 'en-US')).toBe(EXPECTED);
  });

  it('says so when a section is empty', () => {
    const markdown = renderDraftMarkdown(buildUpdateDraft(agencyInput({ projects: [] })), 'en-US');
    expect(markdown).toBe(`# Update for Acme: Mar 12 – Mar 18, 2026

## Done

Nothing was finished in this period.

## Next

Nothing is planned for the next 7 days yet.

## Hours and budget

No active projects.

## Risks

No budget risks to report.

## Decisions needed from you

Nothing is waiting on you right now.
`);
  });

  it('keeps hostile names as text through Markdown and HTML', () => {
    const client = { ...agencyInput().client, name: '<img src=x onerror=alert(1)> **Evil** [x](javascript:alert(1))' };
    const markdown = renderDraftMarkdown(buildUpdateDraft(agencyInput({ client, projects: [] })), 'en-US');
    expect(markdown.split('\n')[0]).toBe('# Update for <img src=x onerror=alert(1)> \\*\\*Evil\\*\\* \\[x\\](javascript:alert(1)): Mar 12 – Mar 18, 2026');
    const html = markdownToHtml(markdown);
    expect(html).toContain('<h1>Update for &lt;img src=x onerror=alert(1)&gt; **Evil** [x](javascript:alert(1)): Mar 12 – Mar 18, 2026</h1>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<strong>');
    expect(html).not.toContain('href');
  });
});
