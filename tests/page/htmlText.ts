/** Reading pages back in tests: tables by caption, text without tags, entities decoded. */

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x3D;': '=',
  '&#x60;': '`',
};

/** Text of an HTML fragment: tags dropped (a `sub` line becomes a space), entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<span class="sub">/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:lt|gt|amp|quot|#x27|#x3D|#x60);/g, (e) => ENTITIES[e]!)
    .trim();
}

/** Rows of the table with this caption: each row's header and cell texts, head row included. */
export function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  if (start < 0) throw new Error(`no table captioned ${caption}`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => textOf(c[1]!)),
  );
}

/** The row whose header cell is `label`, as cells after the header. */
export function tableRow(html: string, caption: string, label: string): string[] {
  const row = tableRows(html, caption).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${caption}`);
  return row.slice(1);
}
