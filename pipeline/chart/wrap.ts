/**
 * Line-wrapping of category labels. Vega draws a label on one line and would truncate it at its
 * limit; a long Japanese label (設問, 質問, 選択肢) is instead broken into lines here, at word
 * boundaries found by `Intl.Segmenter`, keeping Japanese line-break rules (no line starts with
 * closing punctuation or small kana, none ends with opening brackets).
 */
import { measureTextWidth } from './measure.js';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

// Characters that may not begin a line (行頭禁則) and that may not end one (行末禁則).
const NO_LINE_START = new Set([
  ...'、。，．,.)）]］｝〕〉》」』】・：；:;！？!?ー…‥ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜～%％',
]);
const NO_LINE_END = new Set([...'(（[［｛〔〈《「『【']);

/**
 * Splits `text` into lines no wider than `maxWidth` pixels at `fontSize`, breaking between
 * words where possible and inside a word only when the word alone is too wide. Returns the
 * lines; a text that fits is one line. Whitespace at line ends is dropped; existing newlines
 * are kept as breaks.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, fontSize));
}

/** {@link wrapText} joined with `\n`, the form the axis label expression splits. */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string {
  return wrapText(text, maxWidth, fontSize).join('\n');
}

function wrapParagraph(paragraph: string, maxWidth: number, fontSize: number): string[] {
  const fits = (line: string): boolean => measureTextWidth(line.trim(), fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const piece of breakablePieces(paragraph)) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
    // A piece wider than a whole line is cut by characters.
    for (const char of fits(piece) ? [piece] : [...piece]) {
      if (!fits(line + char) && line.trim() !== '') {
        lines.push(line.trim());
        line = '';
      }
      line += char;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trim());
  return lines;
}

/**
 * Words of the text, merged so that no piece starts with a character that may not begin a line
 * and none ends with one that may not end a line; breaks are allowed only between pieces.
 */
function breakablePieces(text: string): string[] {
  const pieces: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1];
    const glue =
      previous !== undefined &&
      (NO_LINE_START.has([...segment][0]!) || NO_LINE_END.has([...previous].at(-1)!));
    if (glue) pieces[pieces.length - 1] = previous + segment;
    else pieces.push(segment);
  }
  return pieces;
}
