/**
 * The words of the 強み・課題 sentences. The pages are Japanese only; these sentences are made
 * in the analyze stage so that every tool reading the results gets the same text. A link is
 * 関連 (never 影響 or 原因), a difference 上回る / 下回る (GLOSSARY.md).
 */
import type { MeasureDef } from '../measures.js';
import type { Reference } from '../resultsSchema.js';

/** 市全体 / 福島県 / 全国. */
export const REFERENCE_WORDS: Readonly<Record<Exclude<Reference['kind'], 'school'>, string>> = {
  city: '市全体',
  prefecture: '福島県',
  nation: '全国',
};

/** 本校<学年>年, or 本学級. */
export const scopeWords = (grade: number, cls: string | null): string =>
  cls === null ? `本校${grade}年` : '本学級';

const MINUS = '\u2212';

/** A value in the measure's unit and decimals, with a true minus sign. */
export function formatValue(value: number, def: Pick<MeasureDef, 'decimals' | 'unit'>): string {
  const text = Math.abs(value).toFixed(def.decimals);
  const sign = value < 0 && Number(text) !== 0 ? MINUS : '';
  return `${sign}${text}${def.unit}`;
}

/** A signed SD difference, e.g. −0.42. */
export const formatSd = (gap: number): string =>
  `${gap < 0 ? MINUS : '+'}${Math.abs(gap).toFixed(2)}`;

/** What a figure is about, as the subject of a sentence. */
export function measurePhrase(def: MeasureDef): string {
  switch (def.family) {
    case 'item':
      return `${def.subject} 設問${def.metric}の正答率`;
    case 'noAnswer':
      return def.metric === 'all'
        ? `${def.subject}の無解答率`
        : `${def.subject} 設問${def.metric}の無解答率`;
    case 'domain':
      return `${def.subject}の領域「${def.metric}」の正答率`;
    case 'viewpoint':
      return `${def.subject}の観点「${def.metric}」の正答率`;
    case 'scale':
      return `「${def.label}」の尺度得点`;
    case 'question':
      return `質問${def.metric}（${def.group ?? ''}）に肯定的に回答した割合`;
    default:
      return def.label;
  }
}

/** 〇〇の××（値）は、市全体（値）、全国（値）を上回っています。 */
export function comparisonSentence(
  scope: string,
  def: MeasureDef,
  value: number,
  refs: readonly Reference[],
  call: 'above' | 'below',
): string {
  const list = refs
    .map((r) => `${REFERENCE_WORDS[r.kind as 'city']}（${formatValue(r.value, def)}）`)
    .join('、');
  const verb = call === 'above' ? '上回って' : '下回って';
  return `${scope}の${measurePhrase(def)}（${formatValue(value, def)}）は、${list}を${verb}います。`;
}

/** 「やり抜く力」は、市全体で国語 正答率の高さと関連が明確な要因です。本学級は… */
export function prioritySentence(
  scope: string,
  factor: string,
  outcome: string,
  direction: 1 | -1,
  gap: number,
): string {
  const side = direction > 0 ? '高さ' : '低さ';
  const verb = gap < 0 ? '下回って' : '上回って';
  return (
    `「${factor}」は、市全体で${outcome}の${side}と関連が明確な要因です。` +
    `${scope}はこの値が市全体を${verb}います（差 ${formatSd(gap)} SD）。`
  );
}

/** The reminder every influencer panel carries (ANALYSIS.md, principle 3). */
export const CAUSE_NOTE =
  'ここに示すのは関連（一緒に変動する傾向）であり、原因や効果を示すものではありません。';
