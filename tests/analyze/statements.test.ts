import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import type { CityModel, PriorityGrid } from '../../pipeline/analyze/influence/schema.js';
import type { MeasureDef } from '../../pipeline/analyze/measures.js';
import type { Figure, MeasureFigures, Reference } from '../../pipeline/analyze/resultsSchema.js';
import {
  buildFigureStatements,
  MAX_PER_KIND,
} from '../../pipeline/analyze/statements/figureStatements.js';
import { buildPriorityStatements } from '../../pipeline/analyze/statements/priorityStatements.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { META, plantedConfig, plantedEdition } from './plantedEdition.js';

const def = (
  id: string,
  family: MeasureDef['family'],
  extra: Partial<MeasureDef> = {},
): MeasureDef => ({
  id,
  family,
  survey: 'zenkoku',
  schoolType: '小',
  subject: '国語',
  metric: 'rate',
  label: '国語 正答率',
  unit: '%',
  decimals: 1,
  kind: 'mean',
  group: null,
  range: [0, 100],
  bins: null,
  binOf: null,
  ...extra,
});

const figure = (
  mean: number,
  ci: [number, number] | null,
  status: Figure['status'] = 'shown',
): Figure => ({
  n: status === 'shown' ? 30 : 6,
  status,
  reason: status === 'shown' ? null : 'small-group',
  mean,
  sd: 10,
  median: null,
  q1: null,
  q3: null,
  ci,
  counts: null,
});

const ref = (kind: Reference['kind'], value: number, call: Reference['call']): Reference => ({
  kind,
  value,
  diff: 0,
  call,
});

const figures = (measure: string, group: Figure, refs: Reference[]): MeasureFigures => ({
  measure,
  group,
  school: null,
  city: figure(60, [58, 62]),
  refs: refs.map((r) => ({ ...r, diff: group.mean! - r.value })),
});

const defs = new Map<string, MeasureDef>([
  ['zenkoku.国語.rate', def('zenkoku.国語.rate', 'score')],
  [
    'zenkoku.国語.noAnswer',
    def('zenkoku.国語.noAnswer', 'noAnswer', { metric: 'all', label: '国語 無解答率' }),
  ],
  [
    'isus.scale.被侵害',
    def('isus.scale.被侵害', 'scale', {
      survey: 'isus',
      subject: null,
      label: '被侵害',
      unit: '',
      decimals: 2,
    }),
  ],
  ['zenkoku.国語.item.03', def('zenkoku.国語.item.03', 'item', { metric: '03', label: '国語 03' })],
]);
const lower = new Set(['isus.scale.被侵害']);

describe('強み・課題 from figures', () => {
  it('says 上回る / 下回る only where the interval supports it, tied to the figure and its references', () => {
    const out = buildFigureStatements(
      [
        figures('zenkoku.国語.rate', figure(68.24, [65, 71]), [
          ref('city', 60, 'above'),
          ref('nation', 64.9, 'above'),
          ref('prefecture', 66, 'unclear'),
        ]),
        figures('zenkoku.国語.item.03', figure(61, [55, 67]), [ref('city', 60, 'unclear')]),
      ],
      defs,
      { grade: 6, cls: null },
      lower,
    );
    expect(out).toEqual([
      {
        kind: 'strength',
        text: '本校6年の国語 正答率（68.2%）は、市全体（60.0%）、全国（64.9%）を上回っています。',
        source: {
          section: 'figures',
          grade: 6,
          class: null,
          measure: 'zenkoku.国語.rate',
          references: ['city', 'nation'],
          outcome: null,
          factor: null,
        },
      },
    ]);
  });

  it('calls a higher 無解答率, or a higher score on a lower-is-better scale, an issue', () => {
    const out = buildFigureStatements(
      [
        figures('zenkoku.国語.noAnswer', figure(8, [6, 10]), [ref('city', 3, 'above')]),
        figures('isus.scale.被侵害', figure(1.52, [1.4, 1.64]), [ref('city', 1.9, 'below')]),
      ],
      defs,
      { grade: 6, cls: '2' },
      lower,
    );
    expect(out.map((s) => [s.kind, s.text])).toEqual([
      ['strength', '本学級の「被侵害」の尺度得点（1.52）は、市全体（1.90）を下回っています。'],
      ['issue', '本学級の国語の無解答率（8.0%）は、市全体（3.0%）を上回っています。'],
    ]);
    expect(out[1]!.source.class).toBe('2');
  });

  it('says nothing of a group under caution or suppressed', () => {
    const small = figures('zenkoku.国語.rate', figure(90, [80, 99], 'caution'), [
      ref('city', 60, 'above'),
    ]);
    expect(buildFigureStatements([small], defs, { grade: 6, cls: '1' }, lower)).toEqual([]);
  });

  it('keeps at most six strengths, scores first', () => {
    const many = Array.from({ length: 10 }, (_, i) => {
      const id = `zenkoku.国語.item.${i}`;
      defs.set(id, def(id, 'item', { metric: String(i) }));
      return figures(id, figure(90, [85, 95]), [ref('city', 60, 'above')]);
    });
    const score = figures('zenkoku.国語.rate', figure(70, [66, 74]), [ref('city', 60, 'above')]);
    const out = buildFigureStatements([...many, score], defs, { grade: 6, cls: null }, lower);
    expect(out.length).toBeLessThanOrEqual(MAX_PER_KIND);
    expect(out[0]!.source.measure).toBe('zenkoku.国語.rate');
    expect(out.filter((s) => s.source.measure.includes('.item.'))).toHaveLength(2);
  });
});

describe('priorities from a priority grid', () => {
  const model = {
    outcome: 'fukushima.国語.step',
    factors: [
      { factor: 'f.grit', slope: 0.3, r: 0.3, clear: true },
      { factor: 'f.hurt', slope: -0.2, r: -0.2, clear: true },
      { factor: 'f.noise', slope: 0.1, r: 0.1, clear: false },
    ],
  } as unknown as CityModel;
  const gap = (factor: string, value: number, call: 'above' | 'below' | 'unclear') => ({
    factor,
    n: 25,
    status: 'shown' as const,
    reason: null,
    gap: value,
    ci: [value - 0.2, value + 0.2] as [number, number],
    call,
  });
  const grid: PriorityGrid = {
    students: 25,
    status: 'shown',
    reason: null,
    gaps: [
      gap('f.grit', -0.4, 'below'),
      gap('f.hurt', 0.5, 'above'),
      gap('f.noise', -0.6, 'below'),
    ],
    grids: [
      {
        outcome: 'fukushima.国語.step',
        items: [
          { factor: 'f.hurt', importance: 0.05, gap: 0.5, behind: true, priority: 0.025 },
          { factor: 'f.grit', importance: 0.05, gap: -0.4, behind: true, priority: 0.02 },
          { factor: 'f.noise', importance: 0.01, gap: -0.6, behind: true, priority: 0.006 },
        ],
      },
    ],
  };
  const info = (id: string, label: string) => ({
    id,
    label,
    survey: 'fukushima' as const,
    kind: 'scale' as const,
    group: null,
    measure: `m.${id}`,
    scoring: '',
  });
  const factors = new Map([
    ['f.grit', info('f.grit', 'やり抜く力')],
    ['f.hurt', info('f.hurt', '被侵害')],
    ['f.noise', info('f.noise', '自制心')],
  ]);
  const outcomes = new Map([['fukushima.国語.step', { label: '国語 学力レベル' } as MeasureDef]]);

  it('names only factors clear city-wide where the group is clearly behind, most important first', () => {
    const out = buildPriorityStatements(grid, [model], factors, outcomes, { grade: 5, cls: '1' });
    expect(out.map((s) => s.text)).toEqual([
      '「被侵害」は、市全体で国語 学力レベルの低さと関連が明確な要因です。本学級はこの値が市全体を上回っています（差 +0.50 SD）。',
      '「やり抜く力」は、市全体で国語 学力レベルの高さと関連が明確な要因です。本学級はこの値が市全体を下回っています（差 −0.40 SD）。',
    ]);
    expect(out[0]!.source).toEqual({
      section: 'influence',
      grade: 5,
      class: '1',
      measure: 'm.f.hurt',
      references: ['city'],
      outcome: 'fukushima.国語.step',
      factor: 'f.hurt',
    });
  });

  it('says nothing for a group under caution', () => {
    const small = { ...grid, status: 'caution' as const };
    expect(
      buildPriorityStatements(small, [model], factors, outcomes, { grade: 5, cls: '1' }),
    ).toEqual([]);
  });
});

describe('強み・課題 through the analyze stage', () => {
  const config = plantedConfig();
  const data = plantedEdition({ seed: 6, extra: [[2, 4, 'ひまわり', 4]] });
  const analysis = analyzeEdition(
    data,
    joinStudents(data, config.editions.final, config),
    config,
    META,
  );
  const scopes = [...analysis.schools].flatMap((s) =>
    s.grades.flatMap((g) => [
      { figures: g.figures, statements: g.statements, size: g.students },
      ...g.classes.map((c) => ({ figures: c.figures, statements: c.statements, size: c.students })),
    ]),
  );

  it('ties every sentence to a shown figure whose call it repeats, in the words of a link', () => {
    const all = scopes.flatMap((s) => s.statements);
    expect(all.length).toBeGreaterThan(10);
    for (const { figures: fs, statements } of scopes) {
      for (const s of statements.filter((x) => x.source.section === 'figures')) {
        const f = fs.find((x) => x.measure === s.source.measure)!;
        expect(f.group.status).toBe('shown');
        const verb = s.text.includes('上回って') ? 'above' : 'below';
        for (const kind of s.source.references)
          expect(f.refs.find((r) => r.kind === kind)!.call).toBe(verb);
      }
    }
    for (const s of all) expect(s.text).not.toMatch(/影響|原因|効果/);
    expect(all.some((s) => s.kind === 'priority')).toBe(true);
  });

  it('gives no sentence to a group under minGroupSize', () => {
    for (const scope of scopes.filter((s) => s.size < 10)) expect(scope.statements).toEqual([]);
  });
});
