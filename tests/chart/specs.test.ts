import { describe, expect, it } from 'vitest';
import type { Spec as VegaSpec } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { addTickLegendSymbols, buildComparisonSpec } from '../../pipeline/chart/comparison.js';
import { buildCrossSpec } from '../../pipeline/chart/cross.js';
import { CHART_KINDS } from '../../pipeline/chart/data.js';
import { buildDistributionSpec } from '../../pipeline/chart/distribution.js';
import { CHART_KIND_DEFS } from '../../pipeline/chart/kinds.js';
import { createLogCollector } from '../../pipeline/chart/log.js';
import { GROUP_COLORS, GROUP_ORDER } from '../../pipeline/chart/palette.js';
import { buildProfileSpec } from '../../pipeline/chart/profile.js';
import { addSeatLabels, buildScatterSpec } from '../../pipeline/chart/scatter.js';
import { FONT_STACK } from '../../pipeline/chart/style.js';

/** The value at a dotted path (`encoding.x.field`, `layer.0.mark.type`) of a spec, or undefined. */
function at(spec: unknown, path: string): unknown {
  let value = spec;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The elements of an array at a path. */
const list = (spec: unknown, path: string): unknown[] => (at(spec, path) as unknown[]) ?? [];

function compileSpec(spec: TopLevelSpec): { vega: VegaSpec; warnings: string[] } {
  const log = createLogCollector();
  const vega = compile(spec, { logger: log.logger }).spec;
  log.throwIfError('test');
  return { vega, warnings: log.warnings() };
}

describe('every chart kind', () => {
  it.each(CHART_KINDS)('%s: named data, the font stack, no warnings when compiled', (kind) => {
    const spec = CHART_KIND_DEFS[kind].buildSpec();
    expect(at(spec, 'data')).toEqual({ name: 'table' });
    expect(at(spec, 'config.font')).toBe(FONT_STACK);
    expect(at(spec, 'config.aria')).toBe(false);
    const { vega, warnings } = compileSpec(spec);
    expect(warnings).toEqual([]);
    expect(list(vega, 'data').map((d) => at(d, 'name'))).toContain('table');
  });

  it.each(CHART_KINDS)('%s: the same spec every time (builders are pure)', (kind) => {
    expect(CHART_KIND_DEFS[kind].buildSpec()).toEqual(CHART_KIND_DEFS[kind].buildSpec());
  });

  it.each(['distribution', 'comparison', 'profile', 'cross'] as const)(
    '%s: colour scale fixed to the palette, legend values from a signal',
    (kind) => {
      const spec = CHART_KIND_DEFS[kind].buildSpec();
      expect(at(spec, 'encoding.color.field')).toBe('group');
      expect(at(spec, 'encoding.color.scale.domain')).toEqual([...GROUP_ORDER]);
      expect(at(spec, 'encoding.color.scale.range')).toEqual(
        GROUP_ORDER.map((g) => GROUP_COLORS[g]),
      );
      expect(at(spec, 'encoding.color.legend.values')).toEqual({ signal: 'legendGroups' });
      expect(list(spec, 'params').map((p) => at(p, 'name'))).toEqual(
        expect.arrayContaining(['legendGroups', 'legendSuffix']),
      );
    },
  );

  it.each(['comparison', 'profile', 'cross'] as const)(
    '%s: horizontal, row height from vega-lite’s y_step signal',
    (kind) => {
      const spec = CHART_KIND_DEFS[kind].buildSpec();
      expect(at(spec, 'encoding.y.field')).toBe('label');
      expect(at(spec, 'encoding.y.sort')).toEqual({ field: 'order', op: 'min' });
      expect(at(spec, 'encoding.y.axis.labelExpr')).toBe("split(datum.label, '\\n')");
      expect(at(spec, 'encoding.x.scale.domainRaw')).toEqual({ signal: 'valueDomain' });
      const signals = list(compileSpec(spec).vega, 'signals').map((s) => at(s, 'name'));
      expect(signals).toContain('y_step');
    },
  );
});

describe('buildDistributionSpec', () => {
  it('draws grouped bars: bins on x in row order, groups side by side, share on y in %', () => {
    const spec = buildDistributionSpec();
    expect(at(spec, 'mark.type')).toBe('bar');
    expect(at(spec, 'encoding.x.field')).toBe('label');
    expect(at(spec, 'encoding.x.sort')).toEqual({ field: 'order', op: 'min' });
    expect(at(spec, 'encoding.x.axis.title')).toEqual({ signal: 'xTitle' });
    expect(at(spec, 'encoding.xOffset.field')).toBe('group');
    expect(at(spec, 'encoding.xOffset.sort')).toEqual([...GROUP_ORDER]);
    expect(at(spec, 'encoding.y.field')).toBe('share');
    expect(at(spec, 'encoding.y.axis.labelExpr')).toBe("datum.label + '%'");
  });
});

describe('buildComparisonSpec', () => {
  it('draws own groups as points with intervals in lanes and the rest as ticks', () => {
    const spec = buildComparisonSpec();
    expect(list(spec, 'layer').map((l) => at(l, 'mark.type'))).toEqual(['tick', 'rule', 'point']);
    expect(at(spec, 'layer.0.transform.0.filter')).toMatch(/^!\(/);
    expect(at(spec, 'layer.1.encoding.x.field')).toBe('lower');
    expect(at(spec, 'layer.1.encoding.x2.field')).toBe('upper');
    expect(at(spec, 'layer.1.encoding.yOffset.field')).toBe('group');
    expect(at(spec, 'layer.2.transform.0.filter')).toContain('本校');
  });

  it('shows reference groups in the legend with a tick symbol, own groups with a circle', () => {
    const vega = addTickLegendSymbols(compileSpec(buildComparisonSpec()).vega);
    const shape = at(vega, 'legends.0.encode.symbols.update.shape.signal');
    expect(shape).toMatch(/datum\.value\) >= 0 \? 'circle' : 'M/);
    expect(() => addTickLegendSymbols({})).toThrow(/legend/);
  });
});

describe('buildProfileSpec', () => {
  it('draws every group’s mean with its interval, one lane per group', () => {
    const spec = buildProfileSpec();
    expect(at(spec, 'encoding.x.field')).toBe('mean');
    expect(at(spec, 'encoding.yOffset.field')).toBe('group');
    expect(list(spec, 'layer').map((l) => at(l, 'mark.type'))).toEqual(['rule', 'point']);
  });
});

describe('buildCrossSpec', () => {
  it('writes each row’s n beside its interval', () => {
    const spec = buildCrossSpec();
    expect(list(spec, 'layer').map((l) => at(l, 'mark.type'))).toEqual(['rule', 'point', 'text']);
    expect(at(spec, 'layer.2.encoding.text')).toEqual({ field: 'nText' });
    expect(at(spec, 'layer.2.encoding.x.field')).toBe('end');
  });
});

describe('buildScatterSpec and addSeatLabels', () => {
  it('draws students, seat labels and two median rules from the medians source', () => {
    const spec = buildScatterSpec();
    const layers = list(spec, 'layer');
    expect(layers.map((l) => [at(l, 'data.name'), at(l, 'mark.type')])).toEqual([
      ['medians', 'rule'],
      ['medians', 'rule'],
      [undefined, 'point'],
      [undefined, 'text'],
      ['quadrants', 'text'],
      ['quadrants', 'text'],
      ['quadrants', 'text'],
      ['quadrants', 'text'],
    ]);
    expect(at(spec, 'layer.3.name')).toBe('seat_labels');
    expect(at(spec, 'layer.3.encoding.text')).toEqual({ field: 'seats' });
    expect(list(spec, 'params').map((p) => at(p, 'name'))).toEqual([
      'xTitle',
      'yTitle',
      'xDomain',
      'yDomain',
      'yReverse',
    ]);
    expect(at(spec, 'layer.2.encoding.y.scale.reverse')).toEqual({ signal: 'yReverse' });
  });

  it('names each quadrant outside its corner of the plot, one text layer per corner', () => {
    const layers = list(buildScatterSpec(), 'layer').slice(4);
    expect(layers.map((l) => at(l, 'transform.0.filter'))).toEqual([
      "datum.corner === 'topLeft'",
      "datum.corner === 'topRight'",
      "datum.corner === 'bottomLeft'",
      "datum.corner === 'bottomRight'",
    ]);
    const spots = layers.map((l) => [
      at(l, 'encoding.x.value'),
      at(l, 'encoding.y.value'),
      at(l, 'mark.align'),
    ]);
    const { width, height } = { width: 440, height: 320 };
    expect(spots[0]).toEqual([0, expect.any(Number), 'left']);
    expect(spots[1]).toEqual([width, expect.any(Number), 'right']);
    // Above the plot for the top corners, below it (and its axis) for the bottom ones.
    expect(spots.slice(0, 2).every(([, y]) => (y as number) < 0)).toBe(true);
    expect(spots.slice(2).every(([, y]) => (y as number) > height)).toBe(true);
  });

  it('adds vega’s label transform to the compiled seat labels', () => {
    const vega = addSeatLabels(compileSpec(buildScatterSpec()).vega);
    const labels = list(vega, 'marks').find((m) => at(m, 'name') === 'seat_labels_marks');
    expect(at(labels, 'transform.0.type')).toBe('label');
    expect(at(labels, 'transform.0.size')).toEqual({ signal: '[width, height]' });
  });

  it('fails loudly if vega-lite stops naming the label mark as expected', () => {
    expect(() => addSeatLabels({ marks: [] })).toThrow(/seat_labels_marks/);
  });
});
