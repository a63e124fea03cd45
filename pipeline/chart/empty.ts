/**
 * The chart drawn when a chart has no rows to show (every group suppressed or nothing
 * measured): a framed box saying データなし, the same root and font as every other chart.
 */
import type { Lang } from '../shared/messages.js';
import { formatMessage } from '../shared/messages.js';
import { escapeXml, openSvg } from './svg.js';
import { INK_MUTED, LABEL_FONT_SIZE, PLOT_WIDTH } from './style.js';

/** Size of the empty chart: as wide as a chart with its axes, low enough not to waste room. */
export const EMPTY_WIDTH = PLOT_WIDTH + 80;
export const EMPTY_HEIGHT = 64;

/** The SVG of an empty chart; `label` is its accessible name (the chart's title). */
export function renderEmptyChart(label: string, lang: Lang = 'ja'): string {
  const text = escapeXml(formatMessage('I_CHART_NO_DATA', {}, lang));
  return (
    openSvg(EMPTY_WIDTH, EMPTY_HEIGHT, label) +
    `<rect x="0.5" y="0.5" width="${EMPTY_WIDTH - 1}" height="${EMPTY_HEIGHT - 1}" ` +
    `fill="white" stroke="#dddddd"/>` +
    `<text x="${EMPTY_WIDTH / 2}" y="${EMPTY_HEIGHT / 2 + LABEL_FONT_SIZE * 0.35}" ` +
    `text-anchor="middle" font-size="${LABEL_FONT_SIZE}px" fill="${INK_MUTED}">${text}</text>` +
    '</svg>'
  );
}
