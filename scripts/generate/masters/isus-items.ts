/**
 * The I-SUS 項目マスタ: 24 four-point items over five scales. 承認 and 被侵害 make the
 * familiar four-group plane possible; やる気 measures motivation, which has a planted effect on
 * scores (model.ts). Negatively worded items are reverse-scored (逆転 = 1), and their answers
 * are drawn with a negative loading on the scale's trait.
 */
import type { TraitName } from '../students/model.js';

/** One I-SUS item and how its answers are drawn. */
export interface IsusItemDef {
  itemNo: string;
  text: string;
  scale: string;
  reversed: boolean;
  /** The latent trait the scale measures. */
  driver: TraitName;
  /** Correlation of the agreement response with the trait (negative for reversed items). */
  loading: number;
  /** Share of answers 1 (disagree) … 4 (agree) at trait 0. */
  shares: readonly number[];
}

const AGREEING = [0.06, 0.17, 0.42, 0.35];
const RARE = [0.52, 0.27, 0.14, 0.07];
const REVERSED = [0.3, 0.35, 0.23, 0.12];

type Row = readonly [text: string, reversed: boolean, shares: readonly number[]];

const SCALES: readonly { scale: string; driver: TraitName; rows: readonly Row[] }[] = [
  {
    scale: '承認',
    driver: 'approval',
    rows: [
      ['クラスの人から認められていると感じる', false, AGREEING],
      ['がんばったことをクラスの人や先生にほめられることがある', false, AGREEING],
      ['クラスの中で自分の意見を言うことができる', false, AGREEING],
      ['クラスには自分の気持ちを分かってくれる人がいる', false, AGREEING],
      ['学校行事などで活躍できていると思う', false, AGREEING],
      ['クラスで自分の役割を果たしている', false, AGREEING],
    ],
  },
  {
    scale: '被侵害',
    driver: 'victimization',
    rows: [
      ['クラスの人からいやなことを言われたり、からかわれたりする', false, RARE],
      ['クラスで一人ぼっちだと感じることがある', false, RARE],
      ['学校に行きたくないと思うことがある', false, [0.35, 0.3, 0.22, 0.13]],
      ['クラスの人にばかにされるような気がする', false, RARE],
      ['休み時間に一人でいることが多い', false, RARE],
      ['クラスにいると安心できる', true, [0.05, 0.12, 0.38, 0.45]],
    ],
  },
  {
    scale: 'やる気',
    driver: 'motivation',
    rows: [
      ['授業の内容がよく分かる', false, AGREEING],
      ['勉強に進んで取り組んでいる', false, AGREEING],
      ['分からないことがあると自分で調べたくなる', false, [0.12, 0.28, 0.37, 0.23]],
      ['勉強はめんどうだと感じる', true, REVERSED],
    ],
  },
  {
    scale: '学級の雰囲気',
    driver: 'perceivedClimate',
    rows: [
      ['クラスはまとまっていると思う', false, AGREEING],
      ['クラスでは、みんなが協力し合っている', false, AGREEING],
      ['クラスは落ち着いて授業を受けられる雰囲気だ', false, AGREEING],
      ['クラスはさわがしくて落ち着かない', true, REVERSED],
    ],
  },
  {
    scale: '学習への意欲',
    driver: 'learningWill',
    rows: [
      ['新しいことを学ぶのは楽しい', false, AGREEING],
      ['もっと勉強ができるようになりたい', false, [0.03, 0.09, 0.35, 0.53]],
      ['家でも自分から計画を立てて勉強している', false, [0.14, 0.3, 0.34, 0.22]],
      ['将来のために今の勉強は大切だと思う', false, [0.03, 0.08, 0.34, 0.55]],
    ],
  },
];

/** Every item, Q01 … Q24. */
export const ISUS_ITEMS: readonly IsusItemDef[] = SCALES.flatMap(({ scale, driver, rows }) =>
  rows.map(([text, reversed, shares]) => ({ text, scale, reversed, driver, shares })),
).map((item, i) => ({
  itemNo: `Q${String(i + 1).padStart(2, '0')}`,
  ...item,
  loading: item.reversed ? -0.7 : 0.7,
}));
