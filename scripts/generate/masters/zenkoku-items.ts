/**
 * The 設問マスタ with its published rates, and each item's difficulty for the response model.
 * An item's expected city rate is drawn by format (記述式 hardest); the published 全国正答率
 * lies a little above it and the 福島県正答率 a little below 全国, as in recent years.
 */
import { probit } from 'simple-statistics';
import type { Random } from '../../../pipeline/shared/random.js';
import { uniform } from '../draw.js';
import { thetaSd } from '../students/model.js';
import { ZENKOKU_ITEM_TABLE, type ItemDef, type ItemFormat } from './zenkoku-item-table.js';

/** An item with its published rates and its difficulty. */
export interface ZenkokuItemSpec extends ItemDef {
  /** 全国正答率, one decimal. */
  nationalRate: number;
  /** 福島県正答率, one decimal. */
  prefectureRate: number;
  /** b in P(correct) = logistic(1.7·(θ − b)); chosen so the city's rate is near the drawn one. */
  difficulty: number;
}

/** Range of the expected city rate (%) per format. */
const CITY_RATE: Record<ItemFormat, readonly [number, number]> = {
  選択式: [58, 86],
  短答式: [48, 80],
  記述式: [28, 60],
};

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Draw the rates and difficulties of every item of the table, in table order. */
export function buildZenkokuItems(rng: Random): ZenkokuItemSpec[] {
  // logistic(1.7x) ≈ Φ(x), so with θ ~ N(0, σ²) the marginal rate is Φ(−b / √(1 + σ²)).
  const spread = Math.sqrt(1 + thetaSd() ** 2);
  return ZENKOKU_ITEM_TABLE.map((item) => {
    const [low, high] = CITY_RATE[item.format];
    const cityRate = uniform(rng, low, high);
    const nationalRate = round1(Math.min(99, cityRate + uniform(rng, 0.5, 4)));
    const prefectureRate = round1(nationalRate - uniform(rng, 0.3, 3));
    return {
      ...item,
      nationalRate,
      prefectureRate,
      difficulty: -probit(cityRate / 100) * spread,
    };
  });
}
