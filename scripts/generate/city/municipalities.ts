/**
 * Municipalities of the synthetic prefecture. The home city keeps the name of the city the
 * karte is made for (its schools are fictional); the others are invented. Weights share out
 * the prefecture's remaining schools; no municipality gets more than 99 schools of a type, so
 * the two-digit school number always fits.
 */

/** A municipality that runs schools, and its share of the prefecture. */
export interface Municipality {
  /** Name as it appears before 立 in a school name, e.g. `いわき市`. */
  name: string;
  /** Two digits of the 学校コード. */
  code: string;
  /** Share of the prefecture's schools outside the home city. */
  weight: number;
}

/** The city the karte is made for; the `city` size holds only its schools. */
export const HOME_CITY: Municipality = { name: 'いわき市', code: '20', weight: 0 };

// prettier-ignore
export const OTHER_MUNICIPALITIES: readonly Municipality[] = [
  { name: '青葉市', code: '01', weight: 14 }, { name: '白鳥市', code: '02', weight: 10 },
  { name: '星見市', code: '03', weight: 9 }, { name: '鈴川市', code: '04', weight: 8 },
  { name: '桃ノ木市', code: '05', weight: 7 }, { name: '松風市', code: '06', weight: 6 },
  { name: '朝霧市', code: '07', weight: 5 }, { name: '雲雀野市', code: '08', weight: 5 },
  { name: '若松原町', code: '30', weight: 3 }, { name: '鳴沢町', code: '31', weight: 2 },
  { name: '東雲町', code: '32', weight: 2 }, { name: '柿の木町', code: '33', weight: 2 },
  { name: '霞ヶ原村', code: '50', weight: 1 }, { name: '月見村', code: '51', weight: 1 },
  { name: '鶯谷村', code: '52', weight: 1 },
];

/** Share `total` among the municipalities by weight (largest remainder), in list order. */
export function shareByWeight(total: number, municipalities: readonly Municipality[]): number[] {
  const weightSum = municipalities.reduce((a, m) => a + m.weight, 0);
  const exact = municipalities.map((m) => (total * m.weight) / weightSum);
  const counts = exact.map(Math.floor);
  const byRemainder = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
