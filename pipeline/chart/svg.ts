/**
 * Finishing vega's SVG for inlining in an offline page: one accessible root element that scales
 * to the page width, no per-item noise, numbers rounded, and ids that cannot collide with those
 * of another chart on the same page. Same input, same string.
 */
import { createHash } from 'node:crypto';
import { FONT_STACK } from './style.js';

/** Decimal places kept in coordinates: a hundredth of a pixel is below anything visible. */
const DECIMALS = 2;

// Attributes whose numbers are coordinates or sizes; text content is never touched.
const NUMERIC_ATTRIBUTES =
  /\b(d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height|r|cx|cy|viewBox)="([^"]*)"/g;

/** Escapes text for use inside a double-quoted XML attribute or as element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Rounds every number in a string to {@link DECIMALS} places, dropping trailing zeros. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (number) => {
    const rounded = Number(Number(number).toFixed(DECIMALS));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** The root element every chart and empty chart shares. */
export function openSvg(width: number, height: number, label: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="karte-chart" width="${width}" ` +
    `height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-label="${escapeXml(label)}" style="max-width:100%;height:auto" ` +
    `font-family="${escapeXml(FONT_STACK)}">`
  );
}

/**
 * Rewrites vega's SVG string: replaces the root with {@link openSvg} (size and viewBox kept),
 * drops invisible and empty elements, vega's per-item ARIA and pointer attributes and the
 * repeated font stack (the root declares it once), rounds coordinates, and renames ids to
 * `k<hash>-<n>`, the hash taken over the chart itself, so two different charts on one page
 * never share an id and the same chart always gets the same ones.
 */
export function finishSvg(svg: string, label: string): string {
  const root = /^<svg[^>]*>/.exec(svg);
  if (root === null) throw new Error('vega returned no <svg> root element');
  const width = Math.ceil(Number(/\bwidth="([\d.]+)"/.exec(root[0])?.[1] ?? '0'));
  const height = Math.ceil(Number(/\bheight="([\d.]+)"/.exec(root[0])?.[1] ?? '0'));
  const body = svg
    .slice(root[0].length)
    .split(` font-family="${escapeXml(FONT_STACK)}"`)
    .join('')
    .replace(/<text[^>]*\bopacity="0"[^>]*>.*?<\/text>/g, '')
    .replace(
      /<path class="(?:background|foreground)" aria-hidden="true" d="(?:M0,0h0v0h0Z)?"[^>]*\/>/g,
      '',
    )
    .replace(
      / (?:pointer-events="none"|aria-hidden="true"|opacity="1"|role="graphics-[a-z]+")/g,
      '',
    )
    .replace(/ aria-roledescription="[^"]*"/g, '')
    .replace(
      NUMERIC_ATTRIBUTES,
      (_, name: string, value: string) => `${name}="${roundNumbers(value)}"`,
    );
  return openSvg(width, height, label) + renumberIds(body);
}

/** Renames every `id` and its `url(#…)`/`href="#…"` references to a prefix unique to the body. */
export function renumberIds(body: string): string {
  const ids = [...body.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!);
  if (ids.length === 0) return body;
  const names = new Map(ids.map((id, index) => [id, `\uE000${index + 1}\uE001`]));
  const reference = (text: string, to: (id: string) => string): string =>
    text
      .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${to(id)}"`)
      .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${to(id)})`)
      .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${to(id)}"`);
  const placeholders = reference(body, (id) => names.get(id) ?? id);
  const prefix = 'k' + createHash('sha1').update(placeholders).digest('hex').slice(0, 8);
  return placeholders.replace(/\uE000(\d+)\uE001/g, (_, index: string) => `${prefix}-${index}`);
}
