/**
 * The items of the national test as a 設問マスタ lists them: per school type and subject, each
 * item's 領域, 観点 and 問題形式. Modelled on the shape of a recent year's test (item counts,
 * the mix of formats), with fictional content; the published rates are drawn in zenkoku-items.ts.
 */
import type { SchoolType } from '../../../pipeline/shared/types.js';

/** 問題形式: the three answer formats of the national test. */
export type ItemFormat = '選択式' | '短答式' | '記述式';

/** One row of the table before its rates are drawn. */
export interface ItemDef {
  schoolType: SchoolType;
  subject: string;
  /** 設問番号, two digits. */
  itemNo: string;
  domain: string;
  viewpoint: string;
  format: ItemFormat;
}

const K = '知識・技能';
const T = '思考・判断・表現';
const S: ItemFormat = '選択式';
const A: ItemFormat = '短答式';
const W: ItemFormat = '記述式';

type Row = readonly [domain: string, viewpoint: string, format: ItemFormat];

const KOKUGO_DOMAINS = {
  hanasu: '話すこと・聞くこと',
  kaku: '書くこと',
  yomu: '読むこと',
  kotoba: '言葉の特徴や使い方に関する事項',
  joho: '情報の扱い方に関する事項',
  bunka: '我が国の言語文化に関する事項',
} as const;
const d = KOKUGO_DOMAINS;

// prettier-ignore
const ELEMENTARY_KOKUGO: readonly Row[] = [
  [d.hanasu, T, S], [d.hanasu, T, W], [d.kotoba, K, A], [d.kotoba, K, S], [d.kaku, T, S],
  [d.kaku, T, W], [d.bunka, K, A], [d.yomu, T, S], [d.yomu, T, S], [d.yomu, T, W],
  [d.joho, K, S], [d.yomu, T, A], [d.kotoba, K, A], [d.kaku, T, W],
];

// prettier-ignore
const JUNIOR_KOKUGO: readonly Row[] = [
  [d.hanasu, T, S], [d.hanasu, T, S], [d.hanasu, T, W], [d.kotoba, K, S], [d.kotoba, K, A],
  [d.kaku, T, S], [d.kaku, T, W], [d.joho, K, S], [d.yomu, T, S], [d.yomu, T, S],
  [d.yomu, T, W], [d.bunka, K, S], [d.kotoba, K, A], [d.yomu, T, A], [d.kaku, T, W],
];

// prettier-ignore
const SANSU: readonly Row[] = [
  ['数と計算', K, A], ['数と計算', K, S], ['数と計算', T, W], ['図形', K, S], ['図形', K, A],
  ['図形', T, W], ['変化と関係', K, A], ['変化と関係', T, S], ['変化と関係', T, W],
  ['データの活用', K, S], ['データの活用', T, S], ['データの活用', T, W], ['数と計算', K, A],
  ['図形', T, S], ['変化と関係', K, S], ['データの活用', K, A],
];

// prettier-ignore
const SUGAKU: readonly Row[] = [
  ['数と式', K, A], ['数と式', K, A], ['数と式', T, W], ['図形', K, S], ['図形', K, A],
  ['図形', T, W], ['関数', K, S], ['関数', K, A], ['関数', T, W], ['データの活用', K, S],
  ['データの活用', T, S], ['データの活用', T, W], ['数と式', T, S], ['図形', T, S],
  ['関数', T, S], ['データの活用', K, A],
];

function table(schoolType: SchoolType, subject: string, rows: readonly Row[]): ItemDef[] {
  return rows.map(([domain, viewpoint, format], i) => ({
    schoolType,
    subject,
    itemNo: String(i + 1).padStart(2, '0'),
    domain,
    viewpoint,
    format,
  }));
}

/** Every item, 小 then 中, 国語 then 算数/数学: 小国語 14, 小算数 16, 中国語 15, 中数学 16. */
export const ZENKOKU_ITEM_TABLE: readonly ItemDef[] = [
  ...table('小', '国語', ELEMENTARY_KOKUGO),
  ...table('小', '算数', SANSU),
  ...table('中', '国語', JUNIOR_KOKUGO),
  ...table('中', '数学', SUGAKU),
];
