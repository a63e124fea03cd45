/**
 * Chart kind → vega-lite spec → vega runtime (once) → one View per chart → SVG string.
 * Compiling and parsing are the slow steps, so each kind is compiled and parsed the first time
 * it is drawn and its runtime reused; a chart only inserts its rows and sets its signals.
 */
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { Lang } from '../shared/messages.js';
import type { ChartInputs, ChartKind } from './data.js';
import { renderEmptyChart } from './empty.js';
import type { ChartKindDef } from './kinds.js';
import { CHART_KIND_DEFS } from './kinds.js';
import { createLogCollector } from './log.js';
import { TABLE } from './spec-parts.js';
import { finishSvg } from './svg.js';
import { installTextMetrics } from './text-metrics.js';

/** Options of {@link createChartRenderer}. */
export interface ChartRendererOptions {
  /** Language of the chart's own words (データなし). Default `ja`. */
  lang?: Lang;
}

/** Counts for checks and measurement. */
export interface ChartRendererStats {
  /** Chart kinds compiled and parsed so far: at most one per kind. */
  compiled: number;
  /** Charts rendered so far, empty ones included. */
  rendered: number;
  /** Warnings vega-lite or vega reported, de-duplicated, in the order first seen. */
  warnings: string[];
}

/** Draws charts to SVG strings; see {@link createChartRenderer}. */
export interface ChartRenderer {
  /**
   * The chart as an SVG string to inline in a page. A chart with no rows (after rows without
   * a finite value are dropped) is drawn as a small box saying データなし: the result is never
   * `null`. Rejects if vega reports an error.
   */
  render<K extends ChartKind>(kind: K, input: ChartInputs[K]): Promise<string>;
  stats(): ChartRendererStats;
}

/**
 * A renderer for one build. It replaces vega's text measurement for the process (see
 * text-metrics.ts) and compiles each chart kind once, on first use.
 */
export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const lang = options.lang ?? 'ja';
  const log = createLogCollector();
  const runtimes = new Map<ChartKind, vega.Runtime>();
  let rendered = 0;

  function runtimeFor(kind: ChartKind): vega.Runtime {
    let runtime = runtimes.get(kind);
    if (runtime === undefined) {
      const def = CHART_KIND_DEFS[kind] as ChartKindDef<ChartKind>;
      const compiled = compile(def.buildSpec(), { logger: log.logger }).spec;
      runtime = vega.parse(def.finishVega ? def.finishVega(compiled) : compiled);
      runtimes.set(kind, runtime);
    }
    return runtime;
  }

  async function render<K extends ChartKind>(kind: K, input: ChartInputs[K]): Promise<string> {
    await installTextMetrics();
    const prepared = (CHART_KIND_DEFS[kind] as ChartKindDef<K>).prepare(input);
    const runtime = runtimeFor(kind);
    rendered += 1;
    if ((prepared.tables[TABLE] ?? []).length === 0) {
      return renderEmptyChart(input.title, lang);
    }
    const view = new vega.View(runtime, { renderer: 'none', logger: log.logger });
    try {
      for (const [name, value] of Object.entries(prepared.signals)) view.signal(name, value);
      for (const [name, rows] of Object.entries(prepared.tables)) view.insert(name, rows);
      const svg = await view.toSVG();
      log.throwIfError(kind);
      return finishSvg(svg, input.title);
    } finally {
      view.finalize();
    }
  }

  return {
    render,
    stats: () => ({ compiled: runtimes.size, rendered, warnings: log.warnings() }),
  };
}
