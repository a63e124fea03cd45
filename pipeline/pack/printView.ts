/**
 * The print view of a school's karte: its pages, in order, as one HTML document, so that the
 * browser prints them as one PDF numbered 1…N. Each page keeps its own header and notes and
 * starts on a new sheet under its own running head; the styles are the pages' own.
 */

/** The pieces of a karte page that the print view needs. */
interface PageParts {
  head: string;
  body: string;
  /** The CSS string of the page's running head, quotes included; null if it has none. */
  runningHead: string | null;
}

// LIMITATION: links do not work inside the PDF: the print view has no address of its own, so
// a link to another page or to a place in one (whose id may also occur in another part) leads
// nowhere, and Chromium writes none. The outline (bookmarks) is the PDF's way around.
const BODY = /<body[^>]*>([\s\S]*)<\/body>/;
const HEAD = /<head>([\s\S]*)<\/head>/;
const RUNNING_HEAD = /@top-left\s*\{\s*content:\s*("(?:[^"\\]|\\.)*")\s*;/;

function partsOf(html: string, index: number): PageParts {
  const head = HEAD.exec(html)?.[1];
  const body = BODY.exec(html)?.[1];
  if (head === undefined || body === undefined)
    throw new Error(`page ${index + 1} of the print view has no <head> or <body>`);
  return { head, body, runningHead: RUNNING_HEAD.exec(head)?.[1] ?? null };
}

/**
 * One document from `pages` (whole HTML pages as karte writes them, the home page first): the
 * first page's head (title, policy, styles), then each page's body in a `.print-part`. Parts
 * after the first start on a new sheet, and each part is a named page carrying its own page's
 * running head, so a page whose head differs keeps it on paper. Throws on an empty list.
 */
export function composePrintView(pages: readonly string[]): string {
  if (pages.length === 0) throw new Error('a print view needs at least one page');
  const parts = pages.map(partsOf);
  const rules = ['.print-part + .print-part { break-before: page; }'];
  parts.forEach((part, i) => {
    if (part.runningHead === null) return;
    rules.push(`@page print-part-${i + 1} { @top-left { content: ${part.runningHead}; } }`);
    rules.push(`.print-part-${i + 1} { page: print-part-${i + 1}; }`);
  });
  const bodies = parts.map(
    (part, i) => `<div class="print-part print-part-${i + 1}">${part.body}</div>`,
  );
  return [
    '<!doctype html>',
    '<html lang="ja">',
    `<head>${parts[0]!.head}<style>\n${rules.join('\n')}\n</style>\n</head>`,
    `<body>\n${bodies.join('\n')}\n</body>`,
    '</html>',
  ].join('\n');
}
