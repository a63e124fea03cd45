/**
 * The city page's figures of one grade: each score measure's city mean with its interval
 * against the published 福島県・全国 values (a profile chart: every group in its lane, the city
 * with its interval), and how the schools' means spread — counts of
 * schools per bin only, with no name, code or order of any school.
 */
import type { CityResults, SchoolSpread } from '../analyze/board/schema.js';
import type { MeasureInfo } from '../analyze/resultsSchema.js';
import type { ProfileDatum } from '../chart/data.js';
import { cell, head, withheldCell } from './figureTable.js';
import { GROUP_KEYS } from './groups.js';
import type { BlockView, RowView } from './view.js';
import {
  CITY_HEADS,
  SPREAD_LEAD,
  SPREAD_ROW,
  SPREAD_TRIMMED,
  SPREAD_UNIT,
  spreadAxis,
  spreadHeading,
  spreadNote,
} from './words/city.js';
import { ROW_HEADS, comparisonTitle, numbersCaption } from './words/figures.js';
import { formatInterval, formatValue } from './words/format.js';
import { CALL_WORDS, INTERVAL_WORD, NONE } from './words/terms.js';
import { SCORE_UNITS, unitOf } from './words/units.js';

type CityType = CityResults['types'][number];
type CityGrade = CityType['grades'][number];
type CityFigure = CityGrade['figures'][number];

/** One comparison block per score unit of the grade, then one spread block per measure. */
export function buildCityGradeBlocks(
  type: CityType,
  grade: CityGrade,
  minGroupSize: number,
): BlockView[] {
  const measures = new Map(type.measures.map((m) => [m.id, m]));
  const rows = grade.figures.flatMap((f) => {
    const info = measures.get(f.measure);
    return info && unitOf(info) ? [{ info, figure: f }] : [];
  });
  const blocks: BlockView[] = [];
  for (const unit of SCORE_UNITS) {
    const own = rows.filter(({ info }) => unitOf(info) === unit);
    if (own.length) blocks.push(buildUnitBlock(unit.heading, unit.valueTitle, unit.domain, own));
  }
  for (const { info, figure } of rows) {
    if (figure.schools) {
      blocks.push(buildSpreadBlock(info, figure.schools, unitOf(info)!.valueTitle, minGroupSize));
    }
  }
  return blocks;
}

function buildUnitBlock(
  heading: string,
  valueTitle: string,
  domain: readonly [number, number] | null,
  rows: readonly { info: MeasureInfo; figure: CityFigure }[],
): BlockView {
  const data: ProfileDatum[] = [];
  const body: RowView[] = rows.map(({ info, figure }) => {
    const city = figure.city;
    const label = info.subject ?? info.label;
    const ref = (kind: 'prefecture' | 'nation') => figure.refs.find((r) => r.kind === kind);
    const row: RowView = { label: info.label, href: null, group: null, mark: null, cells: [] };
    if (city.status === 'suppressed' || city.mean === null) {
      row.cells = [withheldCell(city, 7)];
      return row;
    }
    data.push({
      scale: label,
      group: '市全体',
      mean: city.mean,
      lower: city.ci?.[0] ?? null,
      upper: city.ci?.[1] ?? null,
      n: city.n,
    });
    for (const [kind, group] of [
      ['prefecture', '福島県'],
      ['nation', '全国'],
    ] as const) {
      const r = ref(kind);
      if (r) data.push({ scale: label, group, mean: r.value, n: null });
    }
    const call = (kind: 'prefecture' | 'nation') => {
      const r = ref(kind);
      return r ? cell(CALL_WORDS[r.call], `call call-${r.call}`) : cell(NONE);
    };
    const value = (kind: 'prefecture' | 'nation') => {
      const r = ref(kind);
      return cell(r ? formatValue(r.value, info) : NONE, 'num');
    };
    row.cells = [
      cell(String(city.n), 'num'),
      cell(formatValue(city.mean, info), 'num own'),
      cell(city.ci ? formatInterval(city.ci, info) : NONE, 'num'),
      value('prefecture'),
      value('nation'),
      call('prefecture'),
      call('nation'),
    ];
    return row;
  });
  const groups = [...new Set(data.map((d) => d.group))];
  return {
    anchor: null,
    heading,
    lead: null,
    chart: data.length
      ? {
          kind: 'profile',
          input: { title: comparisonTitle(heading, groups), valueTitle, domain, rows: data },
          svg: '',
        }
      : null,
    message: null,
    table: {
      caption: numbersCaption(heading),
      rowHead: ROW_HEADS.measure,
      head: [
        head('n'),
        head('市全体', GROUP_KEYS['市全体']),
        head(INTERVAL_WORD),
        head('福島県', GROUP_KEYS['福島県']),
        head('全国', GROUP_KEYS['全国']),
        head(CITY_HEADS.prefectureCall),
        head(CITY_HEADS.nationCall),
      ],
      bodies: [{ heading: null, rows: body }],
      notes: [],
      span: 8,
    },
    details: null,
    statements: null,
  };
}

function buildSpreadBlock(
  info: MeasureInfo,
  spread: SchoolSpread,
  valueTitle: string,
  minGroupSize: number,
): BlockView {
  const heading = spreadHeading(info.label);
  const total = spread.counts.reduce((sum, c) => sum + c, 0);
  // The table lists the bins from the lowest to the highest that holds a school: a scale of 36
  // levels would otherwise be a column of zeros. The chart keeps the whole scale.
  const held = spread.counts.flatMap((count, i) => (count > 0 ? [i] : []));
  const [first, last] = held.length > 0 ? [held[0]!, held.at(-1)!] : [0, spread.bins.length - 1];
  const trimmed = last - first + 1 < spread.bins.length;
  return {
    anchor: null,
    heading,
    lead: SPREAD_LEAD,
    chart:
      total > 0
        ? {
            kind: 'distribution',
            input: {
              title: heading,
              xTitle: spreadAxis(valueTitle),
              countUnit: SPREAD_UNIT,
              rows: spread.bins.map((bin, i) => ({
                bin,
                group: '市全体',
                count: spread.counts[i] ?? 0,
                share: (100 * (spread.counts[i] ?? 0)) / total,
              })),
            },
            svg: '',
          }
        : null,
    message: null,
    // Bins down the side, so that 20 or more bins never make the table wider than a sheet.
    table: {
      caption: numbersCaption(heading),
      rowHead: spreadAxis(valueTitle),
      head: [head(SPREAD_ROW)],
      bodies: [
        {
          heading: null,
          rows: spread.bins.slice(first, last + 1).map((bin, i) => ({
            label: bin,
            href: null,
            group: null,
            mark: null,
            cells: [cell(String(spread.counts[first + i] ?? 0), 'num')],
          })),
        },
      ],
      notes: [
        spreadNote(spread.shown, spread.suppressed, minGroupSize),
        ...(trimmed ? [SPREAD_TRIMMED] : []),
      ],
      span: 2,
    },
    details: null,
    statements: null,
  };
}
