/** The print view: a school's pages as one document, each page a part on its own sheets. */
import { describe, expect, it } from 'vitest';
import { composePrintView } from '../../pipeline/pack/printView.js';

const page = (name: string, head = 'いわき市立桜ヶ丘小学校') =>
  [
    '<!doctype html>',
    '<html lang="ja">',
    '<head>',
    `<title>${name}</title>`,
    `<style>\n@page {\n  @top-left { content: "${head}"; }\n}\nbody { margin: 0 }\n</style>`,
    '</head>',
    `<body>\n<h1>${name}</h1>\n</body>`,
    '</html>',
  ].join('\n');

describe('composePrintView', () => {
  it('keeps the first page’s head and every page’s body, in order', () => {
    const html = composePrintView([page('学校全体'), page('4年1組'), page('4年 なかよし')]);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>学校全体</title>');
    const names = [...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1]);
    expect(names).toEqual(['学校全体', '4年1組', '4年 なかよし']);
    expect(html.match(/<body>/g)).toHaveLength(1);
  });

  it('starts every part after the first on a new sheet', () => {
    const html = composePrintView([page('a'), page('b')]);
    expect(html).toContain('.print-part + .print-part { break-before: page; }');
    expect(html).toContain(
      '<div class="print-part print-part-1"><h1>a</h1>'.replace('<h1>', '\n<h1>'),
    );
    expect(html).toContain('<div class="print-part print-part-2">');
  });

  it('gives each part its own page’s running head', () => {
    const html = composePrintView([page('a', 'HEAD A'), page('b', 'HEAD \\22 B')]);
    expect(html).toContain('@page print-part-1 { @top-left { content: "HEAD A"; } }');
    expect(html).toContain('@page print-part-2 { @top-left { content: "HEAD \\22 B"; } }');
    expect(html).toContain('.print-part-2 { page: print-part-2; }');
  });

  it('refuses an empty list and a page without a body', () => {
    expect(() => composePrintView([])).toThrow(/at least one page/);
    expect(() => composePrintView(['<html><head></head></html>'])).toThrow(/page 1/);
  });
});
