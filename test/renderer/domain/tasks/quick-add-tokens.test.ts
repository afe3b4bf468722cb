import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/renderer/src/domain/tasks/quick-add-tokens';

describe('tokenize', () => {
  it('splits on any whitespace and notes each token’s marker', () => {
    expect(tokenize(' Write\tsitemap  +ACME @sam #pm !fri 45m ')).toEqual([
      { raw: 'Write', sigil: null, body: 'Write', quoted: false, literal: false },
      { raw: 'sitemap', sigil: null, body: 'sitemap', quoted: false, literal: false },
      { raw: '+ACME', sigil: '+', body: 'ACME', quoted: false, literal: false },
      { raw: '@sam', sigil: '@', body: 'sam', quoted: false, literal: false },
      { raw: '#pm', sigil: '#', body: 'pm', quoted: false, literal: false },
      { raw: '!fri', sigil: '!', body: 'fri', quoted: false, literal: false },
      { raw: '45m', sigil: null, body: '45m', quoted: false, literal: false },
    ]);
  });

  it('reads quoted projects and people to the closing quote, squeezing inner spaces', () => {
    expect(tokenize('a +"Website   relaunch" b @“Sam Lee” c')).toEqual([
      { raw: 'a', sigil: null, body: 'a', quoted: false, literal: false },
      { raw: '+"Website   relaunch"', sigil: '+', body: 'Website relaunch', quoted: true, literal: false },
      { raw: 'b', sigil: null, body: 'b', quoted: false, literal: false },
      { raw: '@“Sam Lee”', sigil: '@', body: 'Sam Lee', quoted: true, literal: false },
      { raw: 'c', sigil: null, body: 'c', quoted: false, literal: false },
    ]);
  });

  it('does not quote after # or !', () => {
    expect(tokenize('#"a b"').map((token) => token.raw)).toEqual(['#"a', 'b"']);
  });

  it('a lone marker is a plain word; a backslash makes the rest literal', () => {
    expect(tokenize('+ \\#1 \\')).toEqual([
      { raw: '+', sigil: null, body: '+', quoted: false, literal: false },
      { raw: '#1', sigil: null, body: '#1', quoted: false, literal: true },
    ]);
  });
});
