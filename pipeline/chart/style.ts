/**
 * The look every chart shares: the Japanese font stack, type sizes and the vega-lite config.
 * Sizes are in SVG pixels at 100% scale; pages shrink the SVG to their width.
 */
import type { Config } from 'vega-lite';

/**
 * Japanese sans-serif fonts, macOS first, then Windows, then Linux, then the generic family.
 * Declared once on the root of each SVG so every text inherits it.
 */
export const FONT_STACK =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, ' +
  '"Noto Sans CJK JP", "Noto Sans JP", sans-serif';

/** Font size of axis labels, legend labels and annotations, in pixels. */
export const LABEL_FONT_SIZE = 12;

/** Font size of axis titles, in pixels. */
export const TITLE_FONT_SIZE = 12;

/** Distance between the baselines of a wrapped label's lines, in pixels. */
export const LABEL_LINE_HEIGHT = 15;

/** Widest a category label may run before it wraps onto another line, in pixels. */
export const LABEL_WRAP_WIDTH = 216;

/** Plot width (inside the axes) of vertical charts, in pixels; the SVG adds axes and legend. */
export const PLOT_WIDTH = 520;

/** Plot width of the value axis of horizontal charts, in pixels; the labels add to it. */
export const HORIZONTAL_PLOT_WIDTH = 360;

/** Grey of axes, grid lines and secondary text: dark enough for 4.5:1 contrast on white. */
export const INK_MUTED = '#595959';

/**
 * The vega-lite config of every chart. `aria: false` leaves per-mark ARIA out of the SVG: the
 * root gets one `role="img"` and label instead. Labels are never truncated (`labelLimit: 0`);
 * long ones are wrapped before they reach vega.
 */
export const CHART_CONFIG: Config = {
  font: FONT_STACK,
  aria: false,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: {
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: TITLE_FONT_SIZE,
    titleFontWeight: 'normal',
    labelColor: '#1a1a1a',
    titleColor: '#1a1a1a',
    domainColor: INK_MUTED,
    tickColor: INK_MUTED,
    gridColor: '#dddddd',
    labelLimit: 0,
    labelLineHeight: LABEL_LINE_HEIGHT,
    labelAngle: 0,
  },
  legend: {
    orient: 'top',
    direction: 'horizontal',
    labelFontSize: LABEL_FONT_SIZE,
    labelColor: '#1a1a1a',
    labelLimit: 0,
    symbolStrokeWidth: 0,
    symbolOpacity: 1,
    columnPadding: 16,
  },
  text: { fontSize: LABEL_FONT_SIZE },
};
