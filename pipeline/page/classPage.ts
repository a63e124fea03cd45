/**
 * A class's page (g<学年>-c<NN>.html): 本学級 against 本校 and the city, its distributions and
 * scale profiles, the planes of its students' scores against a scale, and the I-SUS plane of
 * its four groups.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildIsusPlaneBlock } from './isusPlane.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import { buildScatterBlocks } from './scatter.js';
import { classScope } from './scope.js';
import { buildScopeSections, section } from './sections.js';
import type { PageView } from './view.js';
import { smallGroupNote } from './words/notes.js';
import { withSize } from './words/pages.js';
import { ISUS_SECTION, PLANES_SECTION } from './words/planes.js';

/** The view of a class page planned in `pages`. */
export function buildClassPage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  const grade = page.grade!;
  const cls = grade.classes[page.position! - 1]!;
  const scope = classScope(results, cls.figures);
  const small = cls.students < results.minGroupSize;
  const isus = buildIsusPlaneBlock(scope, cls.points);
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    contents: null,
    intro: [],
    scopes: [
      {
        anchor: 'class',
        heading: withSize(page.name, cls.students),
        banner: small ? smallGroupNote('class', cls.students, results.minGroupSize) : null,
        links: [],
        linksLabel: '',
        sections: [
          ...buildScopeSections(scope, 'class'),
          ...section(PLANES_SECTION, buildScatterBlocks(scope, cls.points)),
          ...section(ISUS_SECTION, isus ? [isus] : []),
        ],
      },
    ],
    prose: [],
  };
}
