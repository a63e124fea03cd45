/**
 * The student questionnaire (児童生徒質問紙) of the national test: twenty questions per school
 * type in the style of the real one, each with the latent it measures in the synthetic city.
 * Six are marked 要因分析; of those, 学習時間 (10) is the only measure of studyTime, which has a
 * planted effect on every subject (model.ts).
 */
import type { SchoolType } from '../../../pipeline/shared/types.js';
import { mathSubject } from '../subjects.js';
import type { TraitName } from '../students/model.js';

/** One question, for both school types unless its text differs. */
export interface QuestionDef {
  questionNo: string;
  /** 質問文; `{math}` stands for 算数 (小) or 数学 (中). */
  text: string | Record<SchoolType, string>;
  category: string;
  /** Labels of codes 1, 2, …: most positive (or the most, for amounts) first. */
  choices: readonly string[];
  /** Codes counted as a positive answer (肯定的回答). */
  positive: readonly number[];
  /** 要因分析 flag. */
  factor: boolean;
  /** What the answer measures: a trait, or a subject's ability (θ in SD units). */
  driver: TraitName | 'ability:国語' | 'ability:math';
  /** Correlation of the answer's latent response with the driver. */
  loading: number;
  /** Share of each code at driver 0, code 1 first. */
  shares: readonly number[];
}

const AGREE = [
  '当てはまる',
  'どちらかといえば当てはまる',
  'どちらかといえば当てはまらない',
  '当てはまらない',
];
const HABIT = ['している', 'どちらかといえば、している', 'あまりしていない', '全くしていない'];
const STUDY = [
  '2時間以上',
  '1時間以上、2時間より少ない',
  '30分以上、1時間より少ない',
  '30分より少ない',
  '全くしない',
];
const GAME = [
  '3時間以上',
  '2時間以上、3時間より少ない',
  '1時間以上、2時間より少ない',
  '1時間より少ない',
  '全くしない',
];
const READ = [
  '1時間以上',
  '30分以上、1時間より少ない',
  '10分以上、30分より少ない',
  '10分より少ない',
  '全くしない',
];
const ICT = ['ほぼ毎日', '週3回以上', '週1回以上', '月1回以上', '月1回未満'];

const TYPICAL = [0.4, 0.35, 0.17, 0.08];
const VERY_POSITIVE = [0.8, 0.15, 0.03, 0.02];

/** The questions in 質問番号 order. */
// prettier-ignore
export const ZENKOKU_QUESTIONS: readonly QuestionDef[] = [
  { questionNo: '01', text: '朝食を毎日食べていますか', category: '基本的生活習慣', choices: HABIT, positive: [1, 2], factor: false, driver: 'routine', loading: 0.5, shares: [0.85, 0.09, 0.04, 0.02] },
  { questionNo: '02', text: '毎日、同じくらいの時刻に寝ていますか', category: '基本的生活習慣', choices: HABIT, positive: [1, 2], factor: false, driver: 'routine', loading: 0.6, shares: [0.42, 0.38, 0.15, 0.05] },
  { questionNo: '03', text: '自分には、よいところがあると思いますか', category: '自己肯定感', choices: AGREE, positive: [1, 2], factor: true, driver: 'efficacy', loading: 0.7, shares: [0.42, 0.4, 0.12, 0.06] },
  { questionNo: '04', text: '先生は、あなたのよいところを認めてくれていると思いますか', category: '自己肯定感', choices: AGREE, positive: [1, 2], factor: false, driver: 'approval', loading: 0.6, shares: [0.52, 0.36, 0.08, 0.04] },
  { questionNo: '05', text: '将来の夢や目標を持っていますか', category: '将来', choices: AGREE, positive: [1, 2], factor: true, driver: 'aspiration', loading: 0.75, shares: [0.58, 0.22, 0.12, 0.08] },
  { questionNo: '06', text: '難しいことでも、失敗を恐れないで挑戦していますか', category: '挑戦', choices: AGREE, positive: [1, 2], factor: true, driver: 'grit', loading: 0.7, shares: TYPICAL },
  { questionNo: '07', text: '人の役に立つ人間になりたいと思いますか', category: '規範意識', choices: AGREE, positive: [1, 2], factor: false, driver: 'aspiration', loading: 0.3, shares: VERY_POSITIVE },
  { questionNo: '08', text: 'いじめは、どんな理由があってもいけないことだと思いますか', category: '規範意識', choices: AGREE, positive: [1, 2], factor: false, driver: 'perceivedClimate', loading: 0.2, shares: VERY_POSITIVE },
  { questionNo: '09', text: '学校に行くのは楽しいと思いますか', category: '学校生活', choices: AGREE, positive: [1, 2], factor: false, driver: 'perceivedClimate', loading: 0.6, shares: [0.48, 0.36, 0.11, 0.05] },
  { questionNo: '10', text: '学校の授業時間以外に、普段（月曜日から金曜日）、1日当たりどれくらいの時間、勉強をしますか（学習塾で勉強している時間や家庭教師の先生に教わっている時間、インターネットを活用して学ぶ時間も含む）', category: '学習時間', choices: STUDY, positive: [1, 2], factor: true, driver: 'studyTime', loading: 0.85, shares: [0.1, 0.3, 0.35, 0.18, 0.07] },
  { questionNo: '11', text: '普段（月曜日から金曜日）、1日当たりどれくらいの時間、テレビゲーム（コンピュータゲーム, 携帯式のゲーム, スマートフォンを使ったゲームを含む）をしますか', category: '生活習慣', choices: GAME, positive: [4, 5], factor: false, driver: 'routine', loading: -0.5, shares: [0.2, 0.2, 0.28, 0.24, 0.08] },
  { questionNo: '12', text: '学校の授業時間以外に、普段（月曜日から金曜日）、1日当たりどれくらいの時間、読書をしますか（教科書や参考書、漫画や雑誌は除く）', category: '読書', choices: READ, positive: [1, 2, 3], factor: false, driver: 'learningWill', loading: 0.5, shares: [0.08, 0.15, 0.25, 0.2, 0.32] },
  { questionNo: '13', text: { 小: '5年生までに受けた授業では、課題の解決に向けて、自分で考え、自分から取り組んでいましたか', 中: '1、2年生のときに受けた授業では、課題の解決に向けて、自分で考え、自分から取り組んでいましたか' }, category: '主体的・対話的で深い学び', choices: AGREE, positive: [1, 2], factor: true, driver: 'motivation', loading: 0.7, shares: [0.36, 0.44, 0.15, 0.05] },
  { questionNo: '14', text: '学級の友達との間で話し合う活動を通じて、自分の考えを深めたり、広げたりすることができていますか', category: '主体的・対話的で深い学び', choices: AGREE, positive: [1, 2], factor: true, driver: 'dialogue', loading: 0.7, shares: [0.38, 0.42, 0.15, 0.05] },
  { questionNo: '15', text: { 小: '5年生までに受けた授業で、PC・タブレットなどのICT機器を、どの程度使用しましたか', 中: '1、2年生のときに受けた授業で、PC・タブレットなどのICT機器を、どの程度使用しましたか' }, category: 'ICT活用', choices: ICT, positive: [1, 2], factor: false, driver: 'perceivedClimate', loading: 0.1, shares: [0.35, 0.35, 0.2, 0.07, 0.03] },
  { questionNo: '16', text: '国語の勉強は好きですか', category: '教科（国語）', choices: AGREE, positive: [1, 2], factor: false, driver: 'ability:国語', loading: 0.35, shares: [0.25, 0.37, 0.25, 0.13] },
  { questionNo: '17', text: '国語の授業の内容はよく分かりますか', category: '教科（国語）', choices: AGREE, positive: [1, 2], factor: false, driver: 'ability:国語', loading: 0.5, shares: [0.38, 0.44, 0.13, 0.05] },
  { questionNo: '18', text: '{math}の勉強は好きですか', category: '教科（{math}）', choices: AGREE, positive: [1, 2], factor: false, driver: 'ability:math', loading: 0.4, shares: [0.32, 0.3, 0.23, 0.15] },
  { questionNo: '19', text: '{math}の授業の内容はよく分かりますか', category: '教科（{math}）', choices: AGREE, positive: [1, 2], factor: false, driver: 'ability:math', loading: 0.55, shares: [0.42, 0.36, 0.15, 0.07] },
  { questionNo: '20', text: '地域や社会をよくするために何かしてみたいと思いますか', category: '地域・社会', choices: AGREE, positive: [1, 2], factor: false, driver: 'aspiration', loading: 0.45, shares: [0.3, 0.42, 0.2, 0.08] },
];

/** A question's text (or category) for a school type, with {math} filled in. */
export function questionText(text: string | Record<SchoolType, string>, type: SchoolType): string {
  const raw = typeof text === 'string' ? text : text[type];
  return raw.replaceAll('{math}', mathSubject(type));
}
