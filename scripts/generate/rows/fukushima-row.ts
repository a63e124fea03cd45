/**
 * fukushima.csv rows: per subject this year's level, last year's level and the 正答率, then
 * the nine questionnaire scales. Last year's step is this year's minus a growth that is mostly
 * 0–4 steps and sometimes negative; it is blank at a subject's first surveyed year (小4, and
 * 英語 at 中1) and for the few students who moved in from outside the prefecture.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import { chance, clamp, logistic } from '../draw.js';
import { fixed } from '../format.js';
import {
  FUKUSHIMA_SCALES,
  SCALE_ITEM_LOADING,
  SCALE_ITEM_SHARES,
} from '../masters/fukushima-scales.js';
import { FUKUSHIMA_SUBJECT_COLUMNS, fukushimaSubjects } from '../subjects.js';
import { levelLabel, stepFromTheta } from '../students/levels.js';
import { PLANTED } from '../students/model.js';
import { cutsFromShares, drawOrdinal } from '../students/ordinal.js';
import { standardAbility, type Student } from '../students/student.js';
import type { RowBuilder } from './columns.js';
import { ID_COLUMN, KEY_COLUMNS } from './columns.js';

const SUBJECT_ABSENT = 0.01;
const MOVED_IN = 0.015;
const SCALE_BLANK = 0.02;
const QUESTIONNAIRE_BLANK = 0.01;
const scaleCuts = cutsFromShares(SCALE_ITEM_SHARES);

/** The header: keys, three columns per subject of either type, then the scales. */
export function fukushimaHeader(): string[] {
  return [
    ...KEY_COLUMNS,
    ID_COLUMN,
    ...FUKUSHIMA_SUBJECT_COLUMNS.flatMap((s) => [
      `${s}_学力レベル`,
      `${s}_前年度学力レベル`,
      `${s}_正答率`,
    ]),
    ...FUKUSHIMA_SCALES.map((scale) => scale.name),
  ];
}

/** The row of one student who sat ふくしま学力調査. */
export function buildFukushimaRow(rng: Random, builder: RowBuilder, student: Student): string[] {
  const row = builder.blank();
  KEY_COLUMNS.forEach((column, i) => builder.set(row, column, student.key[i] ?? ''));
  builder.set(row, ID_COLUMN, student.id);
  const movedIn = chance(rng, MOVED_IN);
  for (const subject of fukushimaSubjects(student.type)) {
    const step = stepFromTheta(
      student.latent.theta[subject] ?? 0,
      student.schoolYear,
      subject,
      rng.normal(),
    );
    const g = PLANTED.growth;
    const growth = Math.round(g.mean + g.grit * student.latent.traits.grit + g.sd * rng.normal());
    const firstYear = student.schoolYear === 4 || (subject === '英語' && student.schoolYear === 7);
    if (!firstYear && !movedIn) {
      builder.set(row, `${subject}_前年度学力レベル`, levelLabel(clamp(step - growth, 1, 36)));
    }
    const z = standardAbility(student, subject);
    const rate = clamp(100 * logistic(1.1 * (z + 0.25) + 0.35 * rng.normal()), 0, 100);
    if (chance(rng, SUBJECT_ABSENT)) continue;
    builder.set(row, `${subject}_学力レベル`, levelLabel(step));
    builder.set(row, `${subject}_正答率`, fixed(rate, 1));
  }
  const skipped = chance(rng, QUESTIONNAIRE_BLANK);
  for (const scale of FUKUSHIMA_SCALES) {
    const trait = student.latent.traits[scale.driver];
    let sum = 0;
    for (let i = 0; i < scale.items; i++)
      sum += drawOrdinal(rng, trait, SCALE_ITEM_LOADING, scaleCuts);
    if (skipped || chance(rng, SCALE_BLANK)) continue;
    builder.set(row, scale.name, fixed(sum / scale.items, 2));
  }
  return row;
}
