import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '../../../../src/renderer/src/domain/tasks/quick-add';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { context } from './fixtures';

const parse = (text: string, picks = {}) => parseQuickAdd(text, context, picks);

describe('parseQuickAdd: the full syntax', () => {
  it('reads title, project, estimate, due, hat and assignee from the example', () => {
    const result = parse('Write sitemap +ACME 45m !fri #production @sam');
    expect(result).toEqual({
      title: 'Write sitemap',
      projectId: 'p-acme',
      estimateMinutes: 45,
      due: '2026-03-27',
      hat: 'production',
      assignee: 't-sam',
      understood: [
        { field: 'project', token: '+ACME', picked: false },
        { field: 'estimate', token: '45m', picked: false },
        { field: 'due', token: '!fri', picked: false },
        { field: 'hat', token: '#production', picked: false },
        { field: 'assignee', token: '@sam', picked: false },
      ],
      questions: [],
      notes: [],
    });
  });

  it('takes the tokens in any position and keeps the title words in order', () => {
    const result = parse('  @me Call   +afw about the   #am invoice 1h ');
    expect(result.title).toBe('Call about the invoice');
    expect(result).toMatchObject({ projectId: 'p-afw', assignee: 'me', hat: 'account', estimateMinutes: 60 });
  });

  it('leaves fields it was not given undefined (the caller decides the list)', () => {
    const result = parse('Just a title');
    expect(result).toEqual({ title: 'Just a title', understood: [], questions: [], notes: [] });
    expect('projectId' in result).toBe(false);
  });

  it('gives an empty title when only fields were typed, and nothing for empty text', () => {
    expect(parse('+ACME 1h').title).toBe('');
    expect(parse('   ')).toEqual({ title: '', understood: [], questions: [], notes: [] });
  });

  it('uses the today it is given, not the clock', () => {
    const friday = parseQuickAdd('x !fri', { ...context, today: toDayKey('2026-03-27') });
    expect(friday.due).toBe('2026-04-03');
    expect(parse('x !fri').due).toBe('2026-03-27');
  });
});

describe('parseQuickAdd: estimates', () => {
  it.each([
    ['45m', 45],
    ['1h', 60],
    ['1.5h', 90],
    ['1,5h', 90],
    ['1h30m', 90],
    ['1h30', 90],
    ['2h05m', 125],
    ['90min', 90],
    ['0.25h', 15],
    ['1H', 60],
  ])('%s is %i minutes', (token, minutes) => {
    const result = parse(`Review ${token}`);
    expect(result.estimateMinutes).toBe(minutes);
    expect(result.title).toBe('Review');
  });

  it.each(['45', '3pm', 'h', '0m', '1.5'])('“%s” is not an estimate and stays in the title', (token) => {
    const result = parse(`Review ${token}`);
    expect(result.estimateMinutes).toBeUndefined();
    expect(result.title).toBe(`Review ${token}`);
  });

  it('says why an impossible estimate stays in the title', () => {
    const result = parse('Review 1h75m');
    expect(result.title).toBe('Review 1h75m');
    expect(result.notes).toEqual(['“1h75m”: Minutes after the hours must be 0–59']);
  });
});

describe('parseQuickAdd: hats', () => {
  it.each([
    ['#production', 'production'],
    ['#prod', 'production'],
    ['#PRODUCTION', 'production'],
    ['#account', 'account'],
    ['#am', 'account'],
    ['#project', 'project'],
    ['#pm', 'project'],
  ])('%s is the %s hat', (token, hat) => {
    expect(parse(`Plan ${token}`)).toMatchObject({ hat, title: 'Plan' });
  });

  it('keeps an unknown #word in the title and says which hats exist', () => {
    const result = parse('Plan #urgent');
    expect(result.hat).toBeUndefined();
    expect(result.title).toBe('Plan #urgent');
    expect(result.notes).toEqual([
      '“#urgent” is not a hat (#production, #account or #am, #project or #pm): it stays in the title',
    ]);
  });

  it('keeps issue numbers like #42 in the title without a note', () => {
    expect(parse('Fix bug #42')).toMatchObject({ title: 'Fix bug #42', notes: [] });
  });
});

describe('parseQuickAdd: what stays in the title', () => {
  it('keeps unknown words, e-mail addresses and lone markers', () => {
    const result = parse('Mail sam@acme.test re: 50% off + more @ noon !');
    expect(result.title).toBe('Mail sam@acme.test re: 50% off + more @ noon !');
    expect(result.understood).toEqual([]);
    expect(result.questions).toEqual([]);
  });

  it('treats a backslash-escaped token as plain text', () => {
    const result = parse('Fix \\#1 and \\+1 \\!today \\45m');
    expect(result.title).toBe('Fix #1 and +1 !today 45m');
    expect(result).not.toHaveProperty('hat');
    expect(result).not.toHaveProperty('due');
    expect(result).not.toHaveProperty('estimateMinutes');
  });

  it('lets a later token of the same field win and says so', () => {
    const result = parse('+ACME Draft +AFW 1h 2h');
    expect(result).toMatchObject({ title: 'Draft', projectId: 'p-afw', estimateMinutes: 120 });
    expect(result.notes).toEqual([
      'Two projects given: “+AFW” counts, “+ACME” is ignored',
      'Two estimates given: “2h” counts, “1h” is ignored',
    ]);
  });
});
