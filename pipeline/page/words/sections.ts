/**
 * Headings and leads of the sections of the pages: what each part shows and how to read it,
 * in a sentence or two.
 */
import type { GroupName } from '../../chart/palette.js';

/** A section's heading and the sentence under it. */
export interface SectionWords {
  heading: string;
  lead: string | null;
}

/** 教科の結果: the group's means against the references. */
export function scoresSection(own: GroupName): SectionWords {
  return {
    heading: '教科の結果',
    lead:
      own === '本学級'
        ? '本学級の平均（点と横線は95%信頼区間）を、本校・市全体の値と比べています。'
        : '本校の平均（点と横線は95%信頼区間）を、市全体の値と比べています。' +
          '福島県・全国の値は、公表されている指標だけ示します。',
  };
}

/** 分布: shares per bin. */
export function distributionSection(own: GroupName): SectionWords {
  return {
    heading: '分布',
    lead: `${own}と市全体の児童生徒が、それぞれどの区分に何%いるかを示します。`,
  };
}

/** The scale profiles. */
export const SCALES_SECTION: SectionWords = {
  heading: '質問紙の尺度（非認知能力・学習方略・I-SUS）',
  lead:
    '各尺度は1〜4の平均で、高いほどその内容に当てはまることを示します。' +
    '低い方が望ましい尺度（I-SUSの被侵害など）もあります。',
};

/** The national questionnaire's positive answers. */
export const QUESTIONS_SECTION: SectionWords = {
  heading: '児童生徒質問紙（全国学調）',
  lead:
    '「当てはまる」「どちらかといえば当てはまる」など、肯定的な回答をした児童生徒の割合です。' +
    '表では、質問を分類ごとにまとめています。',
};

/** Heading of the questionnaire block. */
export const QUESTION_HEADING = '質問ごとの肯定的な回答の割合';

/** Characters of a question's text kept in a chart's label; the table has the whole text. */
export const QUESTION_LABEL_CHARS = 14;

/**
 * A question as a chart's label: its number, an ideographic space and the start of its text
 * (`学校の授業時間以外に、普段…`), so that one long question does not make every row tall.
 */
export function questionChartLabel(no: string, text: string): string {
  const short =
    [...text].length > QUESTION_LABEL_CHARS
      ? `${[...text].slice(0, QUESTION_LABEL_CHARS).join('')}…`
      : text;
  return `${no}\u3000${short}`;
}

/** A question in a table: its number and its whole text. */
export function questionLabel(no: string, text: string): string {
  return `${no}\u3000${text}`;
}

/** Value axis of the questionnaire charts. */
export const QUESTION_VALUE_TITLE = '肯定的な回答の割合（%）';

/** The heading of a survey's part of a subject page, e.g. `全国学力・学習状況調査（国語）`. */
export function surveyHeading(survey: string, subject: string): string {
  return `${survey}（${subject}）`;
}

/** The scores and distributions of one subject in one survey. */
export const SUBJECT_SCORES_SECTION: SectionWords = {
  heading: '結果と分布',
  lead:
    '本校の平均（点と横線は95%信頼区間）を市全体・福島県・全国と比べ、' +
    'その下に本校と市全体の分布を示します。福島県・全国の値は、公表されている指標だけ示します。',
};

/** 設問別: every item's correct rate. */
export function itemsSection(subject: string): SectionWords {
  return {
    heading: `設問別の正答率（${subject}）`,
    lead:
      '設問ごとの本校の正答率（点と横線は95%信頼区間）を、市全体・福島県・全国と比べています。' +
      '並び順は、本校と市全体の差が小さい（本校が下回っている）設問から大きい設問への順です。' +
      '▲は市全体を上回る、▼は下回る設問です。表には、設問ごとの領域・観点・問題形式も示します。',
  };
}

/** 領域別・観点別. */
export function domainsSection(subject: string): SectionWords {
  return {
    heading: `領域別・観点別の正答率（${subject}）`,
    lead: '領域・観点ごとに、その設問の正答率を児童生徒ごとに求めて平均したものです。',
  };
}

/** Block headings of the domain and viewpoint blocks. */
export const DOMAIN_HEADINGS = { domain: '領域別', viewpoint: '観点別' } as const;

/** Value axis of rates. */
export const RATE_VALUE_TITLE = '正答率（%）';

/** 無解答率. */
export function noAnswerSection(subject: string): SectionWords {
  return {
    heading: `無解答率（${subject}）`,
    lead:
      '何も書かなかった（無解答の）児童生徒の割合です。' +
      '教科全体は、一人ひとりの無解答の設問の割合の平均です。設問は番号の順に並べ、表には領域・観点・問題形式も示します。',
  };
}

/** Heading of the no-answer block. */
export const NO_ANSWER_HEADING = '教科全体と設問別の無解答率';

/** The row of the subject's no-answer rate, above its items'. */
export const NO_ANSWER_ALL = '教科全体';

/** Value axis of no-answer rates. */
export const NO_ANSWER_VALUE_TITLE = '無解答率（%）';

/** The home page's scores of a grade, with a pointer to the subject pages. */
export const GRADE_SCORES_SECTION: SectionWords = {
  heading: '教科の結果',
  lead:
    `${scoresSection('本校').lead}` +
    '教科名から、設問別・領域別などの詳しい結果がある教科のページに移れます。',
};

/** Lead of a grade's scales page. */
export const SCALES_PAGE_LEAD =
  'ふくしま学調・I-SUSの尺度と、全国学調の児童生徒質問紙の結果です。学級ごとの結果は学級のページにあります。';

/** The home page's overview of every grade and subject. */
export const SUMMARY_WORDS = {
  heading: '結果の概要',
  section: '学年・教科ごとの本校の平均と、市全体との比較',
  lead:
    '各欄は本校の平均で、その下に市全体と比べた結果（▲上回る・▼下回る・明確な差はない）を示します。' +
    '教科名から教科のページに、学年ごとの図は下の各学年の欄にあります。',
  caption: '学年・教科ごとの本校の平均と、市全体と比べた結果',
} as const;

/** A class page's detail section of one subject. */
export function classSubjectSection(subject: string): SectionWords {
  return {
    heading: `${subject}の設問別・領域別・観点別・無解答率`,
    lead:
      '本学級の正答率を本校・市全体と比べた表です（学年の図は教科のページにあります）。' +
      '設問は、本学級と市全体の差が小さい（本学級が下回っている）設問から並べ、' +
      '領域・観点・問題形式も示します。',
  };
}
