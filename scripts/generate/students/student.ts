/**
 * A generated student as the row builders see it: key cells, pseudonym, sex and latent side.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import type { SchoolType } from '../../../pipeline/shared/types.js';
import type { StudentLatent } from './traits.js';
import { thetaSd } from './model.js';

/** One student of one year, with everything the row builders need. */
export interface Student {
  /** 学校コード, 学年, 組, 出席番号, already as cells. */
  key: readonly [string, string, string, string];
  /** 児童生徒ID, a city-wide pseudonym. */
  id: string;
  /** 性別: 1 男, 2 女. */
  sex: 1 | 2;
  type: SchoolType;
  /** 小4 = 4 … 中3 = 9. */
  schoolYear: number;
  latent: StudentLatent;
}

/** θ of a subject in SD units of the city (0 when the student has no θ for it). */
export function standardAbility(student: Student, subject: string): number {
  return (student.latent.theta[subject] ?? 0) / thetaSd();
}

/**
 * Hands out distinct pseudonyms, `S` + 7 random digits in a seeded order; a repeat is redrawn,
 * so IDs stay unique within the city (the contract requires it within each file).
 */
export function createIdSource(rng: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const id = `S${String(rng.int(10_000_000)).padStart(7, '0')}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}
