/**
 * The planted structure of the city-sized synthetic set (93 schools, about 2,400 students a
 * grade; scripts/generate/students/model.ts), found by the city models built by the analyze
 * stage from the generated CSV files. At this size every planted link is there to be found:
 * やり抜く力, 自己効力感 and I-SUS やる気 raise scores within a school, and so does study time,
 * which only national question 10 measures (06, 03 and 13 measure grit, efficacy and
 * motivation); 人に頼る方略 only differs between schools. Three models are fitted, not all
 * sixteen, to keep the test to seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCityTask } from '../../pipeline/analyze/influence/cityTask.js';
import type { CityModel } from '../../pipeline/analyze/influence/schema.js';
import { prepareEdition } from '../../pipeline/analyze/prepareEdition.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { readInputs } from '../../pipeline/read/readInputs.js';
import { IssueLog } from '../../pipeline/shared/issues.js';
import { loadConfig } from '../../pipeline/shared/loadConfig.js';
import { DEFAULT_SEED } from '../../scripts/generate/options.js';
import { generateCity } from '../../scripts/generate/write-city.js';

const dir = mkdtempSync(join(tmpdir(), 'karte-planted-city-'));
const models = new Map<string, CityModel>();
const WANTED = ['小|zenkoku.国語.rate', '中|zenkoku.数学.rate', '小|fukushima.国語.step'];

beforeAll(async () => {
  generateCity({ size: 'city', out: dir, seed: DEFAULT_SEED, year: 2025 });
  const config = loadConfig(undefined, { input: dir, output: join(dir, 'out') });
  const { data } = await readInputs(config, config.editions.final, new IssueLog());
  const plan = prepareEdition(data, joinStudents(data, config.editions.final, config), config);
  for (const task of plan.tasks) {
    const id = `${task.schoolType}|${task.outcome}`;
    if (WANTED.includes(id)) models.set(id, runCityTask(task.build()));
  }
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const factor = (model: string, id: string) =>
  models.get(model)!.factors.find((f) => f.factor === id)!;
const clear = (model: string) =>
  models
    .get(model)!
    .factors.filter((f) => f.clear)
    .map((f) => f.factor);

describe('planted structure of the city-sized set', () => {
  it('flags やり抜く力, 自己効力感 and やる気 in the 小6 national test, not 人に頼る方略', () => {
    const m = '小|zenkoku.国語.rate';
    expect(models.get(m)!.schools).toBe(59);
    for (const id of [
      'fukushima.scale.やり抜く力',
      'fukushima.scale.自己効力感',
      'isus.scale.やる気',
    ])
      expect(factor(m, id)).toMatchObject({ clear: true, association: '関連が明確' });
    expect(factor(m, 'fukushima.scale.人に頼る方略').clear).toBe(false);
  });

  it('splits the credit of efficacy between 自己効力感 and question 03, which measure the same trait', () => {
    const m = '小|zenkoku.国語.rate';
    const scale = factor(m, 'fukushima.scale.自己効力感');
    const question = factor(m, 'zenkoku.question.03');
    expect(question.share!).toBeGreaterThan(0);
    expect(question.share!).toBeLessThan(scale.share!);
    expect(question.slope!).toBeLessThan(scale.slope!);
  });

  it('flags study time (question 10), grit (06), efficacy (03) and やる気 in the 中3 national test', () => {
    const m = '中|zenkoku.数学.rate';
    expect(clear(m)).toEqual(
      expect.arrayContaining([
        'isus.scale.やる気',
        'zenkoku.question.03',
        'zenkoku.question.06',
        'zenkoku.question.10',
      ]),
    );
    // no ふくしま in 中3: its scales are left out, not allowed to empty the model
    expect(models.get(m)!.left).toContainEqual({
      factor: 'fukushima.scale.人に頼る方略',
      reason: 'not-in-population',
    });
    expect(models.get(m)!.n).toBeGreaterThan(2000);
  });

  it('ranks the planted drivers first by their share of the within-school R² in the 小 levels', () => {
    const m = '小|fukushima.国語.step';
    const top = [...models.get(m)!.factors]
      .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
      .slice(0, 3)
      .map((f) => f.factor);
    expect(top).toEqual([
      'fukushima.scale.やり抜く力',
      'fukushima.scale.自己効力感',
      'isus.scale.やる気',
    ]);
    const help = factor(m, 'fukushima.scale.人に頼る方略');
    expect(help.clear).toBe(false);
    expect(help.shareCi![1]).toBeLessThan(0.005);
  });
});
