/**
 * The plan of a city of a given size: the hand-planned sample, or a scaled city.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import { SCALED_SIZES, type CitySize } from '../options.js';
import type { SchoolPlan } from './plan.js';
import { planSample } from './plan-sample.js';
import { planScaled } from './plan-scaled.js';

/** Every school of the city, in 学校コード order within each municipality and type. */
export function planCity(rng: Random, size: CitySize): SchoolPlan[] {
  return size === 'sample'
    ? planSample(rng)
    : planScaled(rng, SCALED_SIZES[size], SCALED_SIZES.city);
}
