import { describe, it } from 'vitest';
import { CHART_KINDS } from '../../pipeline/chart/data.js';
import { createChartRenderer } from '../../pipeline/chart/render.js';
import { INPUTS } from './fixtures.js';
import { expectGolden } from './golden.js';

const renderer = createChartRenderer();

describe('golden charts', () => {
  it.each(CHART_KINDS)('%s matches its golden SVG', async (kind) => {
    expectGolden(kind, await renderer.render(kind, INPUTS[kind]));
  });

  it('an empty chart matches its golden SVG', async () => {
    expectGolden(
      'empty',
      await renderer.render('distribution', { ...INPUTS.distribution, rows: [] }),
    );
  });
});
