import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY } from '../../../../src/renderer/src/domain/updates/glossary';
import {
  compileGlossary,
  findJargon,
  glossFirstUse,
  insertGloss,
  isAcronym,
  mergeGlossary,
  summariseJargon,
} from '../../../../src/renderer/src/domain/updates/jargon';

const builtIn = compileGlossary(BUILT_IN_GLOSSARY);
const found = (text: string) => findJargon(text, builtIn).map((match) => match.text);

describe('built-in glossary', () => {
  it('has at least 40 terms, the common agency ones among them, each with a gloss', () => {
    expect(BUILT_IN_GLOSSARY.length).toBeGreaterThanOrEqual(40);
    const terms = BUILT_IN_GLOSSARY.map((entry) => entry.term);
    for (const term of ['CTR', 'CMS', 'CSS', 'SEO', 'UX', 'staging', 'DNS', 'SSL', 'API']) expect(terms).toContain(term);
    for (const entry of BUILT_IN_GLOSSARY) expect(entry.gloss.trim().length).toBeGreaterThan(10);
    expect(new Set(terms.map((term) => term.toLowerCase())).size).toBe(terms.length);
  });

  it('never uses a term of its own in a gloss, so inserting a gloss raises no new flag', () => {
    for (const entry of BUILT_IN_GLOSSARY) expect([entry.term, findJargon(entry.gloss, builtIn).map((match) => match.term)]).toEqual([entry.term, []]);
  });
});

describe('finding terms', () => {
  it('matches whole words only', () => {
    expect(found('The UX is better; UXD and flux are not terms.')).toEqual(['UX']);
    expect(found('(SEO), SEO-friendly, "CSS"; CSS3 and myCSS are not.')).toEqual(['SEO', 'SEO', 'CSS']);
    expect(found('stagingserver and prestaging stay; pre-staging is staging.')).toEqual(['staging', 'staging']);
    expect(found('my_API and API_KEY are code, API is a term')).toEqual(['API']);
  });

  it('matches acronyms in their case only, and their plurals', () => {
    expect(found('The cms, Cms and CMS')).toEqual(['CMS']);
    expect(found('Two APIs and three KPIs; APIx is not one.')).toEqual(['APIs', 'KPIs']);
    expect(isAcronym('GA4')).toBe(true);
    expect(isAcronym('SaaS')).toBe(false);
  });

  it('matches other terms in any case, across spaces and line breaks, and their other spellings', () => {
    expect(found('Staging is ready; STAGING too. Scope\ncreep, the front-end and the Backend.')).toEqual([
      'Staging',
      'STAGING',
      'Scope\ncreep',
      'front-end',
      'Backend',
    ]);
  });

  it('prefers the longest term at a position and never overlaps', () => {
    expect(found('We ran an A/B testing round.')).toEqual(['A/B testing']);
    expect(findJargon('A/B testing', builtIn)).toMatchObject([{ start: 0, end: 11, term: 'A/B test' }]);
  });

  it('skips web and mail addresses', () => {
    expect(found('See https://staging.example.com/api and dev@staging.example.com or www.seo.example; staging is up.')).toEqual(['staging']);
  });

  it('gives ranges, the glossary spelling and gloss, and whether a parenthesis already explains it', () => {
    const text = 'CTR (click rate) rose; the CTR and the CMS.';
    expect(findJargon(text, builtIn)).toEqual([
      { start: 0, end: 3, text: 'CTR', term: 'CTR', gloss: expect.stringContaining('click-through rate') as string, explained: true },
      { start: 27, end: 30, text: 'CTR', term: 'CTR', gloss: expect.any(String) as string, explained: false },
      { start: 39, end: 42, text: 'CMS', term: 'CMS', gloss: expect.any(String) as string, explained: false },
    ]);
  });

  it('summarises each term once, in order of first use', () => {
    const rows = summariseJargon(findJargon('SEO and UX, then SEO (search) again', builtIn));
    expect(rows.map(({ term, count, explained }) => ({ term, count, explained }))).toEqual([
      { term: 'SEO', count: 2, explained: false },
      { term: 'UX', count: 1, explained: false },
    ]);
  });
});

describe('inserting a gloss', () => {
  it('puts the gloss in parentheses right after the term', () => {
    const text = 'The DNS change is done.';
    const [match] = findJargon(text, builtIn);
    expect(match).toBeDefined();
    if (!match) return;
    const result = insertGloss(text, match);
    expect(result.text).toBe(`The DNS (${match.gloss}) change is done.`);
    expect(result.cursor).toBe(`The DNS (${match.gloss})`.length);
  });

  it('explains a term at its first use once, and then leaves it', () => {
    const text = 'SSL is set up. SSL renews yearly.';
    const once = glossFirstUse(text, 'SSL', builtIn);
    expect(once?.text.startsWith('SSL (the security certificate')).toBe(true);
    expect(once?.text.endsWith(') is set up. SSL renews yearly.')).toBe(true);
    expect(glossFirstUse(once?.text ?? '', 'SSL', builtIn)?.text).toBe(once?.text);
    expect(glossFirstUse(text, 'CMS', builtIn)).toBeNull();
  });
});

describe('the user glossary', () => {
  it('adds the user’s terms and replaces a built-in gloss, whatever spelling the user typed', () => {
    const merged = mergeGlossary([
      { term: 'Figma', gloss: 'the design tool we share designs in' },
      { term: 'seo', gloss: 'getting found on Google' },
      { term: 'frontend', gloss: 'what you see' },
    ]);
    expect(merged).toHaveLength(BUILT_IN_GLOSSARY.length + 1);
    const glossary = compileGlossary(merged);
    expect(findJargon('Figma, figma, SEO and the front end', glossary).map((match) => [match.text, match.gloss])).toEqual([
      ['Figma', 'the design tool we share designs in'],
      ['figma', 'the design tool we share designs in'],
      ['SEO', 'getting found on Google'],
      ['front end', 'what you see'],
    ]);
  });

  it('matches a user acronym case-sensitively and a user word in any case', () => {
    const glossary = compileGlossary(mergeGlossary([{ term: 'PDP', gloss: 'product page' }, { term: 'Hero banner', gloss: 'the big picture at the top' }], []));
    expect(findJargon('pdp PDP; hero Banner, HERO BANNER', glossary).map((match) => match.text)).toEqual(['PDP', 'hero Banner', 'HERO BANNER']);
  });
});
