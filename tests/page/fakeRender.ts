/** A stand-in for the chart renderer: records each call and returns a tiny SVG naming it. */
import type { ChartInputs, ChartKind } from '../../pipeline/chart/data.js';
import type { PageContext } from '../../pipeline/page/renderSchool.js';

export interface RecordedChart {
  kind: ChartKind;
  input: ChartInputs[ChartKind];
}

/** A PageContext whose `render` records into `calls`. */
export function fakeRenderer(): PageContext & { calls: RecordedChart[] } {
  const calls: RecordedChart[] = [];
  return {
    calls,
    render: (kind, input) => {
      calls.push({ kind, input });
      const label = input.title
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;');
      return Promise.resolve(
        `<svg xmlns="http://www.w3.org/2000/svg" data-kind="${kind}" aria-label="${label}"></svg>`,
      );
    },
  };
}
