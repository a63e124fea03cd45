/**
 * page, for the board: CityResults → the city page's view → charts → HTML. Like the school
 * pages, it presents the figures it is given and computes none.
 */
import type { CityResults } from '../analyze/board/schema.js';
import { CITY_PAGE_FILE, buildCityPage } from './cityPage.js';
import { chartSlots, type PageContext, type PageFile } from './renderSchool.js';
import { renderPage } from './templates.js';

/** The city page (`index.html` of the edition's `city/` folder), its charts drawn in order. */
export async function renderCityPage(city: CityResults, ctx: PageContext): Promise<PageFile> {
  const view = buildCityPage(city);
  for (const slot of chartSlots(view)) slot.svg = await ctx.render(slot.kind, slot.input);
  return { path: CITY_PAGE_FILE, html: renderPage(view) };
}
