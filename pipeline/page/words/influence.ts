/**
 * The words of the association pages: the influencer panels (インフルエンサー分析), the cross
 * analysis (クロス分析), the priority grid and the 強み・課題 lists. A link is 関連 or 傾向, never
 * anything stronger (GLOSSARY.md).
 */
import type { GroupName } from '../../chart/palette.js';

/** The school's page of influencer panels. */
export const INFLUENCE_NAME = 'インフルエンサー分析';

/** A grade's page of cross analysis and priorities. */
export const ANALYSIS_NAME = 'クロス分析';

/** The heading over the influencer page's panels. */
export const INFLUENCE_SCOPE = '教科・指標ごとの関連';

/** The lead of the influencer page. */
export const INFLUENCE_LEAD =
  '教科の得点と、非認知能力・学習方略・I-SUSの尺度や質問紙の回答（要因）との関連を、教科・指標ごとに示します。' +
  '要因と得点は、市全体の同じ学年の中で標準化しています（1SD＝市全体の標準偏差1つ分）。';

/** Heading of an outcome's panel, e.g. `国語 正答率`, with the grades it pools. */
export function panelHeading(outcome: string, grades: readonly number[]): string {
  const span =
    grades.length > 1 ? `${grades[0]}〜${grades[grades.length - 1]}年` : `${grades[0] ?? ''}年`;
  return `${outcome}（${span}）`;
}

/** The lead of an outcome's panel. */
export const PANEL_LEAD =
  '点と横線は、要因が1SD高い児童生徒ほど得点が何SD高い傾向か（傾き）と、その95%信頼区間です。' +
  '市全体の傾きを目盛りで重ねています。要因は、市全体で得点のばらつきをよく説明する順に並べています。';

/** Block headings of a panel. */
export const PANEL_BLOCKS = {
  slopes: '要因ごとの傾き（本校と市全体）',
  model: '本校の重回帰モデル',
} as const;

/** Title (aria-label) of an outcome's slope chart. */
export function slopesTitle(outcome: string): string {
  return `${outcome}：${PANEL_BLOCKS.slopes}`;
}

/** Value axis of slopes. */
export const SLOPE_TITLE = '要因1SDあたりの得点の差（SD）';

/** Column headings of a panel's table. */
export const PANEL_HEADS = {
  n: 'n',
  slope: '本校の傾き',
  interval: '（95%信頼区間）',
  label: '本校の関連',
  pulled: '市全体に寄せた傾き',
  citySlope: '市全体の傾き',
  share: '市全体での説明割合',
  cityLabel: '市全体の関連',
} as const;

/** Caption of a panel's table. */
export function panelCaption(outcome: string): string {
  return `${outcome}と要因の関連の数値`;
}

/** The mark of a slope pulled toward the city's, and its note. */
export const PULLED_MARK = '◇';
export const PULLED_NOTE =
  `${PULLED_MARK} 本校の人数では信頼区間が広いため、市全体の傾きに寄せて推定した値（経験ベイズ）も示します。` +
  '人数が少ないほど市全体の値に近くなります。本校の区間が十分に狭い要因は寄せず、「—」です。';

/** Note of the 説明割合 column. */
export const SHARE_NOTE =
  '市全体での説明割合は、市全体の得点のばらつきのうち、その要因で説明できる割合（%）です。' +
  '要因どうしの重なりを公平に分けて求めています。';

/** Why a school has no multivariable model. */
export function modelNotFitted(n: number, needed: number): string {
  return (
    `本校で全ての要因がそろう児童生徒は${n}人で、重回帰モデルに必要な${needed}人に届かないため、` +
    '要因を一つずつ見た傾きだけを示します。'
  );
}

/** Column headings of the school model's table. */
export const MODEL_HEADS = {
  slope: '傾き（ほかの要因をそろえたとき）',
  share: '説明割合',
} as const;

/** Caption of the school model's table, with its R². */
export function modelCaption(outcome: string, r2: string): string {
  return `${outcome}：本校の重回帰モデル（全要因で説明できる割合 ${r2}）`;
}

/** Heading of the priority grid section. */
export function prioritySection(own: GroupName) {
  return {
    heading: '優先して話し合いたい要因（優先度の表）',
    lead:
      `市全体で得点との関連が強い要因のうち、${own}が市全体より得点の低い側にある要因を上に並べています。` +
      'モデルは当てはめず、市全体での説明割合と市全体との差（SD）から求めています。' +
      '被侵害のように低い方が望ましい尺度では、差がプラスのとき市全体より望ましくない側にあります。',
  };
}

/** Block headings of the priority grid. */
export const PRIORITY_BLOCKS = {
  gaps: '要因ごとの市全体との差',
  grid: '教科・指標ごとの優先度の高い要因',
} as const;

/** Value axis of gaps. */
export const GAP_TITLE = '市全体との差（SD）';

/** Column headings of the gaps table. */
export const GAP_HEADS = { gap: '市全体との差（SD）' } as const;

/** Column headings of the priority grid: `優先1` … */
export function priorityHead(rank: number): string {
  return `優先${rank}`;
}

/** The line under a factor in the priority grid. */
export function priorityDetail(gap: string, share: string, clear: boolean): string {
  return `差 ${gap}SD・市全体での説明割合 ${share}${clear ? '・関連が明確' : ''}`;
}

/** A grid row with no factor where the group is behind. */
export const NO_PRIORITY = '市全体より低い側にある要因はありません';

/** Heading of the cross analysis section. */
export const CROSS_SECTION = {
  heading: 'クロス分析',
  lead:
    '質問への回答や尺度の高さごとに、その児童生徒の得点の平均（点と横線は95%信頼区間）を本校と市全体で比べます。' +
    '図は、市全体で得点のばらつきをよく説明する要因から選んでいます。ほかの要因の数値は、各教科の最後の表にあります。',
} as const;

/** Heading and caption of a cross block. */
export function crossHeading(outcome: string, by: string): string {
  return `${outcome} × ${by}`;
}

/** Heading of the folded table of the other breakdowns of an outcome. */
export function crossRestSummary(outcome: string): string {
  return `${outcome}：ほかの要因ごとの平均を表で見る`;
}

/** Column headings of cross tables. */
export const CROSS_HEADS = { category: '回答・尺度の高さ', mean: '平均' } as const;

/** The 強み・課題 section. */
export function statementsSection(own: GroupName) {
  return {
    heading: '強み・課題',
    lead:
      `${own}の数値のうち、95%信頼区間から市全体などとの差がはっきり言えるものだけを文にしています。` +
      '文を選ぶと、もとの図に移ります。',
  };
}

/** Block headings of the 強み・課題 lists. */
export const STATEMENT_HEADINGS = {
  strength: '強み',
  issue: '課題',
  priority: '優先して話し合いたい要因',
} as const;

/** Why a small class or grade has no 強み・課題. */
export const CLASS_TOO_SMALL =
  'この学級は人数が少ないため、数値から強み・課題の文は作っていません。';
export const GRADE_TOO_SMALL =
  'この学年は人数が少ないため、数値から強み・課題の文は作っていません。';

/** When a list is empty. */
export const NO_STATEMENTS = 'はっきり言える差はありませんでした。';

/** Why a group's priorities are withheld. */
export const PRIORITY_WITHHELD = '人数が少ないため、優先度は示しません。';
