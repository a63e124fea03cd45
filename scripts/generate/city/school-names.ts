/**
 * Fictional school names, built from two parts (`髙` + `野` → 髙野小学校). Some parts are
 * characters that only CP932 can encode (髙, 﨑), as real Japanese school names have, so the
 * Shift_JIS path of the reader is exercised by the generated schools.csv.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import type { SchoolType } from '../../../pipeline/shared/types.js';
import { shuffle } from '../draw.js';

// prettier-ignore
const FIRST = [
  '髙', '桜', '若葉', '鈴', '星', '白鳥', '南', '青葉', '緑', '朝日', '月見', '柳', '梅', '松', '竹',
  '藤', '桐', '楓', '椿', '萩', '泉', '清水', '石', '岩', '磯', '潮', '浦', '湊', '岬', '渚', '松風',
  '夕日', '東雲', '霞', '雲雀', '鶴', '亀', '鷺', '鳩', '鶯', '宮', '寺', '森', '林', '杉', '檜', '栗',
  '柿', '桃', '葵',
];
// prettier-ignore
const SECOND = ['台', 'ヶ丘', '野', '原', '沢', '田', '川', '山', '里', '平', '浜', '﨑', '谷', '坂', '見', '根'];

/** Up to 800 distinct place-like stems in a seeded order. */
export function drawNameStems(rng: Random, count: number): string[] {
  const all = FIRST.flatMap((a) => SECOND.map((b) => a + b));
  if (count > all.length)
    throw new RangeError(`at most ${all.length} school names, ${count} asked`);
  return shuffle(rng, all).slice(0, count);
}

/** `いわき市立` + stem + `小学校` / `中学校`. */
export function schoolName(municipality: string, stem: string, type: SchoolType): string {
  return `${municipality}立${stem}${type === '小' ? '小学校' : '中学校'}`;
}
