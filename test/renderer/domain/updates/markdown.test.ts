import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownToHtml, markdownToPlainText, parseMarkdown, safeHref } from '../../../../src/renderer/src/domain/updates/markdown';
import { escapeMarkdown, parseInline } from '../../../../src/renderer/src/domain/updates/markdown-inline';

describe('Markdown blocks', () => {
  it('reads headings, lists, paragraphs and rules', () => {
    const html = markdownToHtml('# Title\n\nSome *text*\nover two lines.\n\n- one\n- **two**\n\n1. first\n2. second\n\n---\n### Small ###');
    expect(html).toBe(
      [
        '<h1>Title</h1>',
        '<p>Some <em>text</em>\nover two lines.</p>',
        '<ul><li>one</li><li><strong>two</strong></li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<hr>',
        '<h3>Small</h3>',
      ].join('\n'),
    );
  });

  it('keeps a numbered list’s first number and continues an item on the next line', () => {
    expect(markdownToHtml('3. three\ncontinued\n4) four')).toBe('<ol start="3"><li>three\ncontinued</li><li>four</li></ol>');
  });

  it('starts a new list when bullets turn into numbers', () => {
    expect(parseMarkdown('- a\n1. b').map((block) => block.type === 'list' && block.ordered)).toEqual([false, true]);
  });

  it('needs a space after # for a heading', () => {
    expect(markdownToHtml('#hashtag')).toBe('<p>#hashtag</p>');
    expect(markdownToHtml('####### seven')).toBe('<p>####### seven</p>');
  });
});

describe('Markdown inline', () => {
  it('reads strong, emphasis, code and links', () => {
    expect(markdownToHtml('**b** *i* _u_ `c` [site](https://example.com/a?b=1&c=2) [mail](mailto:ann@example.com)')).toBe(
      '<p><strong>b</strong> <em>i</em> <em>u</em> <code>c</code> <a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">site</a> <a href="mailto:ann@example.com" rel="noopener noreferrer">mail</a></p>',
    );
  });

  it('leaves lone and intraword markers alone', () => {
    expect(markdownToHtml('2 * 3 * 4, snake_case_name, a ** b')).toBe('<p>2 * 3 * 4, snake_case_name, a ** b</p>');
  });

  it('nests emphasis inside strong', () => {
    expect(parseInline('**a *b* c**')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'a ' }, { type: 'em', children: [{ type: 'text', text: 'b' }] }, { type: 'text', text: ' c' }] },
    ]);
  });

  it('reads backslash escapes as the character itself', () => {
    expect(markdownToHtml('\\*not em\\* \\[not a link\\](https://example.com)')).toBe('<p>*not em* [not a link](https://example.com)</p>');
  });

  it('escapeMarkdown keeps user text as written through the parser', () => {
    const title = 'Fix *all* the_things [now] `x` \\ end';
    expect(markdownToPlainText(`- ${escapeMarkdown(title)}`)).toBe(`- ${title}`);
  });
});

describe('Markdown safety', () => {
  it('keeps raw HTML as text', () => {
    expect(markdownToHtml('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(markdownToHtml('# <script>alert(1)</script>')).toBe('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(markdownToHtml('- <a href="javascript:alert(1)">x</a>')).toBe('<ul><li>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</li></ul>');
    expect(markdownToHtml('`<b>code</b>`')).toBe('<p><code>&lt;b&gt;code&lt;/b&gt;</code></p>');
  });

  it('links only to http(s) and mailto: any other target stays text', () => {
    for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x', '/relative', '//evil.example', 'https://a.example/"onmouseover="x', ' javascript:alert(1)']) {
      const html = markdownToHtml(`[click](${target})`);
      expect(html).not.toContain('<a');
      expect(html).not.toContain('href');
    }
    expect(safeHref('https://example.com')).toBe('https://example.com');
    expect(safeHref('mailto:ann@example.com')).toBe('mailto:ann@example.com');
    expect(safeHref('https://exa mple.com')).toBeNull();
  });

  it('escapes quotes in a link target and in text', () => {
    expect(markdownToHtml("[it's](https://example.com/?q=it's)")).toBe('<p>[it&#39;s](https://example.com/?q=it&#39;s)</p>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('hostile markup inside link text and emphasis stays text', () => {
    expect(markdownToHtml('[<img src=x onerror=alert(1)>](https://example.com) *<svg onload=alert(1)>*')).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer">&lt;img src=x onerror=alert(1)&gt;</a> <em>&lt;svg onload=alert(1)&gt;</em></p>',
    );
  });
});

describe('plain text', () => {
  it('drops the marks, keeps lists and spells out links', () => {
    expect(markdownToPlainText('# Update\n\n**Done** and *dusted*\n\n- [Site](https://example.com)\n- [ann@example.com](mailto:ann@example.com)\n\n2. two\n3. three')).toBe(
      'Update\n\nDone and dusted\n\n- Site (https://example.com)\n- ann@example.com\n\n2. two\n3. three',
    );
  });
});
