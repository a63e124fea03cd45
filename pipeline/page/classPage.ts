/**
 * A class's page (g<学年>-c<NN>.html): 本学級 against 本校 and the city, its distributions and
 * scale profile, and the planes of its students' scores against a scale.
 */
import type { GradeResults, SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { gradeClassLabel } from './names.js';
import { classNav } from './navigation.js';
import { buildScatterBlocks } from './scatter.js';
import { classScope } from './scope.js';
import { buildScopeSections, section } from './sections.js';
import type { PageView } from './view.js';
import { SCATTER_NOTE, smallGroupNote } from './words.js';

/** The view of the page of the class at `position` (from 1) in `grade`. */
export function buildClassPage(
  results: SchoolResults,
  grade: GradeResults,
  position: number,
): PageView {
  const cls = grade.classes[position - 1]!;
  const name = gradeClassLabel(grade.grade, cls.name);
  const scope = classScope(results, cls.figures);
  const small = cls.students < results.minGroupSize;
  return {
    chrome: buildChrome(results, name, classNav(grade, position)),
    intro: [],
    scopes: [
      {
        anchor: 'class',
        heading: `${name}（${cls.students}人）`,
        banner: small ? smallGroupNote('学級', cls.students, results.minGroupSize) : null,
        links: [],
        sections: [
          ...buildScopeSections(scope),
          ...section(
            '得点と尺度の関連（クロス分析）',
            SCATTER_NOTE,
            buildScatterBlocks(scope, cls.points),
          ),
        ],
      },
    ],
  };
}
