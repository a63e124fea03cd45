import { describe, expect, it } from 'vitest';
import { escapeXml, finishSvg, renumberIds, roundNumbers } from '../../pipeline/chart/svg.js';
import { FONT_STACK } from '../../pipeline/chart/style.js';

describe('roundNumbers', () => {
  it('keeps two decimals and drops trailing zeros', () => {
    expect(roundNumbers('translate(81.31818181818181,7) rotate(270)')).toBe(
      'translate(81.32,7) rotate(270)',
    );
    expect(roundNumbers('M-0.001,2.50h3.456')).toBe('M0,2.5h3.46');
  });
});

describe('renumberIds', () => {
  const chart = (n: number): string =>
    `<defs><clipPath id="clip${n}"><rect width="${n}"/></clipPath></defs>` +
    `<g clip-path="url(#clip${n})"></g>`;

  it('renames ids and their references with a prefix taken from the chart', () => {
    const out = renumberIds(chart(7));
    const id = /id="([^"]+)"/.exec(out)![1]!;
    expect(id).toMatch(/^k[0-9a-f]{8}-1$/);
    expect(out).toContain(`url(#${id})`);
  });

  it('gives different charts different ids even when vega numbered them alike', () => {
    const a = /id="([^"]+)"/.exec(renumberIds(chart(3)))![1];
    const b = /id="([^"]+)"/.exec(
      renumberIds(chart(4).replace('clip4', 'clip3').replace('clip4', 'clip3')),
    )![1];
    expect(a).not.toBe(b);
  });

  it('gives the same chart the same ids whatever vega’s counter was', () => {
    const a = renumberIds(chart(5));
    const b = renumberIds(chart(5).replace(/clip5/g, 'clip99'));
    expect(a).toBe(b);
  });
});

describe('finishSvg', () => {
  const raw =
    '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="410.5" height="261" viewBox="0 0 410 261">' +
    `<g><path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/>` +
    `<text font-family="${escapeXml(FONT_STACK)}" opacity="1" transform="translate(1.23456,2)">国語</text>` +
    '<text opacity="0" transform="translate(0,0)">hidden</text></g></svg>';

  it('replaces the root, drops noise, hidden text and the repeated font', () => {
    const svg = finishSvg(raw, '国語の分布');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="karte-chart" width="411" height="261" viewBox="0 0 411 261" role="img" aria-label="国語の分布"/,
    );
    expect(svg).toContain('<text transform="translate(1.23,2)">国語</text>');
    expect(svg).not.toContain('hidden');
    expect(svg).not.toContain('pointer-events');
    expect(svg).not.toContain('class="background"');
  });

  it('refuses output that is not an SVG', () => {
    expect(() => finishSvg('<div/>', 'x')).toThrow(/svg/);
  });
});
