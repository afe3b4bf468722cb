import { describe, expect, it } from 'vitest';
import { KEEP_IN_TITLE, parseQuickAdd } from '../../../../src/renderer/src/domain/tasks/quick-add';
import { context } from './fixtures';

const parse = (text: string, picks = {}) => parseQuickAdd(text, context, picks);
const KEEP = (token: string) => ({ value: KEEP_IN_TITLE, label: `Keep “${token}” in the title` });

describe('parseQuickAdd: projects', () => {
  it.each([
    ['+ACME', 'p-acme', 'a code'],
    ['+acme', 'p-acme', 'a code in any case'],
    ['+"Website relaunch"', 'p-afw', 'a quoted full name'],
    ['+“Agency website”', 'p-int', 'a name in typographic quotes'],
    ['+website', 'p-afw', 'the start of a name'],
    ['+web', 'p-afw', 'a shorter start of a name'],
    ['+agency', 'p-int', 'the start of another name'],
    ['+design', 'p-design', 'an exact name before longer names starting the same'],
    ['+"design sys"', 'p-system', 'a quoted start of a name'],
    ['+social', 'p-social', 'the start of a name'],
    ['+"Website rel', 'p-afw', 'an unclosed quote, read to the end'],
  ])('%s finds its project (%s)', (token, projectId) => {
    const result = parse(`Task ${token}`);
    expect(result.projectId).toBe(projectId);
    expect(result.title).toBe('Task');
    expect(result.questions).toEqual([]);
  });

  it('+inbox puts the task in the inbox', () => {
    expect(parse('Task +inbox').projectId).toBeNull();
  });

  it('asks which project when a word of two names starts the same, and lists both', () => {
    const result = parse('Report +retainer 1h');
    expect(result).not.toHaveProperty('projectId');
    expect(result.title).toBe('Report');
    expect(result.estimateMinutes).toBe(60);
    expect(result.questions).toEqual([
      {
        key: 'project:+retainer',
        field: 'project',
        token: '+retainer',
        message: '“+retainer” matches 2 projects',
        choices: [
          { value: 'p-seo', label: 'BDS · SEO retainer' },
          { value: 'p-social', label: 'KLS · Social media retainer' },
          KEEP('+retainer'),
        ],
      },
    ]);
  });

  it('asks about an unknown +code, offering every project or keeping the text', () => {
    const [question] = parse('Task +XYZ').questions;
    expect(question?.message).toBe('No open project matches “+XYZ”');
    expect(question?.choices.map((choice) => choice.value)).toEqual([
      'p-acme',
      'p-afw',
      'p-int',
      'p-seo',
      'p-social',
      'p-design',
      'p-system',
      KEEP_IN_TITLE,
    ]);
    expect(question?.choices[1]?.label).toBe('AFW · Website relaunch (Alder & Finch)');
  });

  it('settles the question with the user’s pick, marked as picked', () => {
    const result = parse('Report +Retainer', { 'project:+retainer': 'p-seo' });
    expect(result).toMatchObject({ projectId: 'p-seo', questions: [], title: 'Report' });
    expect(result.understood).toEqual([{ field: 'project', token: '+Retainer', picked: true }]);
  });

  it('keeps the token in the title when the user says so', () => {
    const result = parse('Report +XYZ', { 'project:+xyz': KEEP_IN_TITLE });
    expect(result).toMatchObject({ title: 'Report +XYZ', questions: [] });
    expect(result).not.toHaveProperty('projectId');
  });

  it('ignores a pick that is not one of the choices (the text changed since)', () => {
    const result = parse('Report +retainer', { 'project:+retainer': 'p-acme' });
    expect(result.questions).toHaveLength(1);
    expect(result).not.toHaveProperty('projectId');
  });

  it('with no projects at all, an unknown +code can only stay in the title', () => {
    const [question] = parseQuickAdd('Task +ACME', { ...context, projects: [] }).questions;
    expect(question?.choices).toEqual([KEEP('+ACME')]);
  });
});

describe('parseQuickAdd: assignees', () => {
  it.each([
    ['@me', 'me'],
    ['@ME', 'me'],
    ['@sam', 't-sam'],
    ['@Sam', 't-sam'],
    ['@lee', 't-sam'],
    ['@kha', 't-samira'],
    ['@ben', 't-ben'],
    ['@"Samira Khan"', 't-samira'],
    ['@samir', 't-samira'],
  ])('%s is assigned to %s', (token, assignee) => {
    expect(parse(`Brief ${token}`)).toMatchObject({ assignee, title: 'Brief', questions: [] });
  });

  it('asks when a name prefix matches two teammates', () => {
    const result = parse('Brief @sa');
    expect(result).not.toHaveProperty('assignee');
    expect(result.questions).toEqual([
      {
        key: 'assignee:@sa',
        field: 'assignee',
        token: '@sa',
        message: '“@sa” matches 2 teammates',
        choices: [{ value: 't-sam', label: 'Sam Lee' }, { value: 't-samira', label: 'Samira Khan' }, KEEP('@sa')],
      },
    ]);
    expect(parse('Brief @sa', { 'assignee:@sa': 't-samira' }).assignee).toBe('t-samira');
  });

  it('asks when two teammates share the first name, and a quoted longer prefix settles it', () => {
    const teammates = [...context.teammates, { id: 't-price', name: 'Sam Price' }];
    const ambiguous = parseQuickAdd('Brief @sam', { ...context, teammates });
    expect(ambiguous.questions[0]?.choices.map((choice) => choice.value)).toEqual(['t-sam', 't-price', KEEP_IN_TITLE]);
    expect(parseQuickAdd('Brief @"sam p"', { ...context, teammates }).assignee).toBe('t-price');
  });

  it('asks about an unknown name, offering me and every teammate', () => {
    const [question] = parse('Brief @nobody').questions;
    expect(question?.message).toBe('No teammate matches “@nobody”');
    expect(question?.choices.map((choice) => choice.label)).toEqual([
      'Me',
      'Sam Lee',
      'Samira Khan',
      'Ben Ortiz',
      'Keep “@nobody” in the title',
    ]);
  });
});
