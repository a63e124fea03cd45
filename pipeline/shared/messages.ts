/**
 * The one catalogue of every message a user can see from the command line: errors, warnings
 * and summaries, keyed by a stable code, in Japanese (default) and English. Each entry is a
 * function of the problem's details so that the text can name the file, line, column and value
 * and say what to do. Codes starting `E_` are fatal, `R_` reject a row, `W_` mark a value
 * missing, `I_` are information.
 */

export type Lang = 'ja' | 'en';

/** Details a message may use. Every field is optional; a message uses what it needs. */
export interface MessageParams {
  file?: string;
  line?: number;
  column?: string;
  value?: string;
  expected?: string;
  found?: string;
  count?: number;
  detail?: string;
  path?: string;
  seconds?: number;
  schools?: number;
  students?: number;
  charts?: number;
  rejects?: number;
  warnings?: number;
  stage?: string;
  code?: string;
}

type Text = (p: MessageParams) => string;
interface Entry {
  ja: Text;
  en: Text;
}

const q = (v: string | undefined): string => `「${v ?? ''}」`;
const qe = (v: string | undefined): string => `"${v ?? ''}"`;

/** The catalogue. Add entries here, never inline strings elsewhere. */
export const MESSAGES = {
  // --- fatal: files -------------------------------------------------------------------------
  E_FILE_MISSING: {
    ja: (p) =>
      `${p.file}: ファイルが見つかりません。入力フォルダに置くか、設定ファイルでパスを指定してください。`,
    en: (p) =>
      `${p.file}: file not found. Put it in the input folder or set its path in the configuration.`,
  },
  E_FILE_UNREADABLE: {
    ja: (p) => `${p.file}: ファイルを読めません（${p.detail}）。アクセス権を確認してください。`,
    en: (p) => `${p.file}: cannot read the file (${p.detail}). Check its permissions.`,
  },
  E_FILE_EMPTY: {
    ja: (p) => `${p.file}: ファイルが空です。正しいファイルを書き出し直してください。`,
    en: (p) => `${p.file}: the file is empty. Export it again.`,
  },
  E_FILE_HEADER_ONLY: {
    ja: (p) => `${p.file}: 見出し行しかありません。データ行を含めて書き出し直してください。`,
    en: (p) => `${p.file}: the file has a header but no data rows. Export it again with its rows.`,
  },
  E_FILE_NOT_CSV: {
    ja: (p) =>
      `${p.file}: CSVファイルではありません（${p.detail}）。ExcelではCSV形式で保存してください。`,
    en: (p) => `${p.file}: not a CSV file (${p.detail}). In Excel, save it as CSV.`,
  },
  E_ENCODING_UNKNOWN: {
    ja: (p) =>
      `${p.file}: 文字コードを読めません（${p.detail}のようです）。UTF-8またはShift_JIS(CP932)で保存し直してください。`,
    en: (p) =>
      `${p.file}: unsupported character encoding (looks like ${p.detail}). Save it as UTF-8 or Shift_JIS (CP932).`,
  },
  E_COLUMN_MISSING: {
    ja: (p) =>
      `${p.file}: 必須の列${q(p.column)}がありません。見つかった列: ${p.found}。列名を直すか、設定の aliases で対応づけてください。`,
    en: (p) =>
      `${p.file}: required column ${qe(p.column)} is missing. Columns found: ${p.found}. Rename it or map it with "aliases" in the configuration.`,
  },
  E_ENCODING_MISMATCH: {
    ja: (p) =>
      `${p.file}: 設定では文字コードが${p.expected}ですが、${p.expected}として読めません（${p.detail}のようです）。設定の encoding を直すか "auto" にしてください。`,
    en: (p) =>
      `${p.file}: the configuration sets the encoding to ${p.expected}, but the file is not valid ${p.expected} (it looks like ${p.detail}). Correct "encoding" in the configuration or set it to "auto".`,
  },
  E_CSV_QUOTE: {
    ja: (p) =>
      `${p.file} ${p.line}行目: 引用符（"）の対応が正しくありません。この後の行が1つの値に取り込まれてしまうため、読み込みを止めました。引用符を直して書き出し直してください。`,
    en: (p) =>
      `${p.file}, line ${p.line}: a quote (") is unbalanced or misplaced, so the lines after it would run into one value; reading stopped. Fix the quote and export again.`,
  },
  E_CSV_ROW_TOO_LONG: {
    ja: (p) =>
      `${p.file} ${p.line}行目: この行が終わらないまま${p.detail}を超えました。多くは閉じていない引用符（"）が原因です。引用符を直して書き出し直してください。`,
    en: (p) =>
      `${p.file}, line ${p.line}: the row runs on past ${p.detail} without ending, usually because a quote (") is never closed. Fix the quote and export again.`,
  },
  E_COLUMN_DUPLICATE: {
    ja: (p) =>
      `${p.file}: 列${q(p.column)}が複数あります（${p.detail}列目）。どれを使うか決められません。余分な列を削除するか、列名を直してください。`,
    en: (p) =>
      `${p.file}: column ${qe(p.column)} appears more than once (columns ${p.detail}), so it is unclear which to use. Delete or rename the extra column.`,
  },
  E_INPUT_DIR_MISSING: {
    ja: (p) => `${p.file}: 入力フォルダが見つかりません。--input でフォルダを指定してください。`,
    en: (p) => `${p.file}: input folder not found. Name it with --input.`,
  },
  E_CONFIG_INVALID: {
    ja: (p) => `${p.file}: 設定が正しくありません: ${p.detail}`,
    en: (p) => `${p.file}: invalid configuration: ${p.detail}`,
  },
  E_FACTOR_UNKNOWN: {
    ja: (p) =>
      `設定 analysis.factors の${q(p.value)}は、この年度のデータにある要因ではありません。使える要因: ${p.expected}。名前を直すか、この行を削除してください。`,
    en: (p) =>
      `analysis.factors names ${qe(p.value)}, which is not a factor of this year's data. Factors available: ${p.expected}. Correct the name or remove it.`,
  },
  E_USAGE: {
    ja: (p) => `使い方が正しくありません: ${p.detail}`,
    en: (p) => `usage error: ${p.detail}`,
  },
  E_NO_STUDENTS: {
    ja: (p) =>
      `${p.detail}の対象となる児童生徒がいません。入力フォルダと版（--edition）を確認してください。`,
    en: (p) => `no students for ${p.detail}. Check the input folder and --edition.`,
  },
  E_OUTPUT: {
    ja: (p) => `${p.file}: 出力を書き込めません（${p.detail}）。`,
    en: (p) => `${p.file}: cannot write the output (${p.detail}).`,
  },
  E_OUT_OF_MEMORY: {
    ja: (p) =>
      `メモリが足りず、作成を中止しました（上限 ${p.value} MB）。karte.config.json の memoryMb を大きくして（例: ${p.expected}）再実行してください。出力は書き換えていません。`,
    en: (p) =>
      `the build ran out of memory and stopped (limit ${p.value} MB). Raise memoryMb in karte.config.json (for example to ${p.expected}) and run it again. Nothing in the output was changed.`,
  },
  E_INTERNAL: {
    ja: (p) =>
      `内部エラーです（${p.detail}）。--verbose を付けて再実行し、表示を開発者に伝えてください。`,
    en: (p) =>
      `internal error (${p.detail}). Run again with --verbose and send the output to the developers.`,
  },

  // --- rejected rows ------------------------------------------------------------------------
  R_SCHOOL_UNKNOWN: {
    ja: (p) => `学校コード${q(p.value)}は schools.csv にありません。学校コードを直してください。`,
    en: (p) => `school code ${qe(p.value)} is not in schools.csv. Correct the school code.`,
  },
  R_GRADE_OUT_OF_RANGE: {
    ja: (p) => `学年${q(p.value)}はこの学校の校種の範囲（${p.expected}）外です。`,
    en: (p) => `grade ${qe(p.value)} is outside the school type's range (${p.expected}).`,
  },
  R_SEAT_INVALID: {
    ja: (p) => `出席番号${q(p.value)}は1以上の整数ではありません。`,
    en: (p) => `seat number ${qe(p.value)} is not a whole number of 1 or more.`,
  },
  R_CLASS_EMPTY: {
    ja: () => `組が空欄です。組を入力してください。`,
    en: () => `the class is empty. Fill in the class.`,
  },
  R_KEY_DUPLICATE: {
    ja: (p) =>
      `同じ学校・学年・組・出席番号の行が${p.count}行あります（${p.detail}行目）。どの行も採用しません。重複を解消してください。`,
    en: (p) =>
      `${p.count} rows share this school, grade, class and seat (lines ${p.detail}). None is used; resolve the duplicate.`,
  },
  R_ID_DUPLICATE: {
    ja: (p) =>
      `児童生徒ID${q(p.value)}が${p.count}行にあります（${p.detail}行目）。どの行も採用しません。`,
    en: (p) =>
      `student ID ${qe(p.value)} appears on ${p.count} rows (lines ${p.detail}). None is used.`,
  },
  R_REQUIRED_EMPTY: {
    ja: (p) => `必須の列${q(p.column)}が空欄です。`,
    en: (p) => `required column ${qe(p.column)} is empty.`,
  },
  R_VALUE_INVALID: {
    ja: (p) => `列${q(p.column)}の値${q(p.value)}は使えません（${p.expected}）。`,
    en: (p) => `column ${qe(p.column)}: value ${qe(p.value)} is not allowed (${p.expected}).`,
  },
  R_FIELDS_EXTRA: {
    ja: (p) =>
      `この行には見出しの列数（${p.expected}）より多い${p.count}個の値があります。値の中のカンマが引用符で囲まれていない可能性があります。`,
    en: (p) =>
      `the row has ${p.count} values, more than the ${p.expected} columns of the header; a comma inside a value may be missing its quotes.`,
  },
  R_KEY_ROUND_DUPLICATE: {
    ja: (p) =>
      `同じ学校・学年・組・出席番号・実施回の行が${p.count}行あります（${p.detail}行目）。どの行も採用しません。重複を解消してください。`,
    en: (p) =>
      `${p.count} rows share this school, grade, class, seat and round (lines ${p.detail}). None is used; resolve the duplicate.`,
  },
  R_ID_ROUND_DUPLICATE: {
    ja: (p) =>
      `児童生徒ID${q(p.value)}が同じ実施回の${p.count}行にあります（${p.detail}行目）。どの行も採用しません。`,
    en: (p) =>
      `student ID ${qe(p.value)} appears on ${p.count} rows of the same round (lines ${p.detail}). None is used.`,
  },
  R_ROW_DUPLICATE: {
    ja: (p) =>
      `${p.column}が${q(p.value)}の行が${p.count}行あります（${p.detail}行目）。どの行も採用しません。重複を解消してください。`,
    en: (p) =>
      `${p.count} rows have ${p.column} ${qe(p.value)} (lines ${p.detail}). None is used; resolve the duplicate.`,
  },

  // --- value warnings -----------------------------------------------------------------------
  W_VALUE_OUT_OF_RANGE: {
    ja: (p) =>
      `列${q(p.column)}の値${q(p.value)}は範囲外（${p.expected}）のため、欠損として扱います。`,
    en: (p) =>
      `column ${qe(p.column)}: value ${qe(p.value)} is out of range (${p.expected}); read as missing.`,
  },
  W_VALUE_INVALID: {
    ja: (p) =>
      `列${q(p.column)}の値${q(p.value)}は読めません（${p.expected}）。欠損として扱います。`,
    en: (p) =>
      `column ${qe(p.column)}: cannot read value ${qe(p.value)} (${p.expected}); read as missing.`,
  },
  W_ROUND_INVALID: {
    ja: (p) => `列${q(p.column)}の値${q(p.value)}は1でも2でもないため、既定の1回目として読みます。`,
    en: (p) =>
      `column ${qe(p.column)}: value ${qe(p.value)} is neither 1 nor 2; read as round 1, the default.`,
  },
  W_ANSWER_NO_QUESTION: {
    ja: (p) =>
      `列${q(p.column)}の質問は${p.detail}の質問紙マスタにないため、回答${q(p.value)}を欠損として扱います。`,
    en: (p) =>
      `column ${qe(p.column)}: the questionnaire master has no such question for ${p.detail}; answer ${qe(p.value)} read as missing.`,
  },
  W_COLUMN_UNKNOWN: {
    ja: (p) =>
      `列${q(p.column)}はデータ仕様にないため、読み飛ばします。必要な列なら列名を直すか、設定の aliases で対応づけてください。`,
    en: (p) =>
      `column ${qe(p.column)} is not part of the data contract and is ignored. If it is needed, rename it or map it with "aliases".`,
  },
  W_COLUMN_NOT_IN_MASTER: {
    ja: (p) =>
      `列${q(p.column)}は${p.detail}にない設問・項目のため、読み飛ばします。マスタに加えるか、列名を直してください。`,
    en: (p) =>
      `column ${qe(p.column)} has no entry in ${p.detail} and is ignored. Add it to the master or correct the header.`,
  },
  W_COLUMN_ABSENT: {
    ja: (p) => `列${q(p.column)}がないため、この項目は集計に含めません。`,
    en: (p) => `column ${qe(p.column)} is absent; it is left out of the figures.`,
  },

  // --- information --------------------------------------------------------------------------
  I_CHART_NO_DATA: {
    ja: () => `データなし`,
    en: () => `No data`,
  },
  I_STAGE: {
    ja: (p) =>
      `… ${({ read: '読み込み', join: '突き合わせ', analyze: '分析', pages: 'ページ作成', pdf: 'PDF作成', pack: 'パック作成' } as Record<string, string>)[p.stage ?? ''] ?? p.stage}${p.detail ? `: ${p.detail}` : ''}`,
    en: (p) => `… ${p.stage}${p.detail ? `: ${p.detail}` : ''}`,
  },
  I_BUILD_SUMMARY: {
    ja: (p) =>
      `完了: ${p.schools}校、児童生徒${p.students}人、グラフ${p.charts}枚、除外行${p.rejects}件、警告${p.warnings}件、${p.seconds}秒。出力先: ${p.path}`,
    en: (p) =>
      `done: ${p.schools} schools, ${p.students} students, ${p.charts} charts, ${p.rejects} rejected rows, ${p.warnings} warnings, ${p.seconds} s. Output: ${p.path}`,
  },
  I_ISSUE_GROUP: {
    ja: (p) => `${p.code} ×${p.count}（${p.file}、最初は${p.line ?? '-'}行目）: ${p.detail}`,
    en: (p) => `${p.code} ×${p.count} in ${p.file}, first at line ${p.line ?? '-'}: ${p.detail}`,
  },
  I_ISSUE_MORE: {
    ja: (p) =>
      `…ほか${p.count}種類の問題があります（karte build は rejects.csv にすべて記録します）。`,
    en: (p) =>
      `… and ${p.count} more kinds of problem (karte build lists every one in rejects.csv).`,
  },
  I_SEE_REJECTS: {
    ja: (p) => `除外した行と欠損扱いにした値の一覧: ${p.path}`,
    en: (p) => `Rejected rows and values read as missing are listed in ${p.path}`,
  },
  I_VALIDATE_OK: {
    ja: () => `致命的な問題はありません。`,
    en: () => `No fatal problem found.`,
  },
  I_VALIDATE_STRICT_FAIL: {
    ja: (p) => `--strict: 除外行が${p.rejects}件あるため失敗とします。`,
    en: (p) => `--strict: failing because ${p.rejects} rows were rejected.`,
  },
  I_INIT_WRITTEN: {
    ja: (p) => `設定ファイルを書き出しました: ${p.path}`,
    en: (p) => `Wrote the configuration file: ${p.path}`,
  },
  E_INIT_EXISTS: {
    ja: (p) => `${p.path} は既にあります。上書きするには --force を付けてください。`,
    en: (p) => `${p.path} already exists. Use --force to overwrite it.`,
  },
  E_CHROMIUM_MISSING: {
    ja: (p) =>
      `PDFを作るためのブラウザ（Chromium、Google Chrome、Microsoft Edge）が見つかりません。探した場所: ${p.detail}。ブラウザをインストールするか、--chromium <パス> または設定ファイルの chromiumPath でブラウザの場所を指定してください。`,
    en: (p) =>
      `no browser (Chromium, Google Chrome or Microsoft Edge) found to print the PDFs. Looked at: ${p.detail}. Install one, or give its location with --chromium <path> or "chromiumPath" in the configuration.`,
  },
  E_CHROMIUM_PATH: {
    ja: (p) =>
      `${p.path}: 指定されたブラウザが見つからないか、実行できません。--chromium または設定ファイルの chromiumPath に、Chromium・Google Chrome・Microsoft Edge の実行ファイルのパスを指定してください。`,
    en: (p) =>
      `${p.path}: the browser named is missing or cannot be run. Give the path of the Chromium, Google Chrome or Microsoft Edge program with --chromium or "chromiumPath" in the configuration.`,
  },
  E_CHROMIUM_LAUNCH: {
    ja: (p) =>
      `${p.path}: ブラウザを起動できません（${p.detail}）。別のChromium・Google Chromeを --chromium で指定してください。`,
    en: (p) =>
      `${p.path}: the browser does not start (${p.detail}). Name another Chromium or Google Chrome with --chromium.`,
  },
  E_PDF_PRINT: {
    ja: (p) =>
      `${p.file}: PDFを印刷できません（${p.detail}）。--verbose を付けて再実行し、表示を開発者に伝えてください。`,
    en: (p) =>
      `${p.file}: cannot print the PDF (${p.detail}). Run again with --verbose and send the output to the developers.`,
  },
  I_PDF_SUMMARY: {
    ja: (p) => `PDF: ${p.schools}校分（schools/<学校コード>/karte.pdf）。ブラウザ: ${p.path}`,
    en: (p) => `PDF: ${p.schools} schools (schools/<code>/karte.pdf). Browser: ${p.path}`,
  },
  I_BUILD_DONE: {
    ja: (p) => `完了: ${p.detail}`,
    en: (p) => `done: ${p.detail}`,
  },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;

/** The text of a message in a language. */
export function formatMessage(code: MessageCode, params: MessageParams, lang: Lang): string {
  return MESSAGES[code][lang](params);
}

/** The language to use: an explicit choice, else `LANG` (`en…` → English), else Japanese. */
export function resolveLang(explicit?: string, env: string | undefined = process.env.LANG): Lang {
  if (explicit === 'ja' || explicit === 'en') return explicit;
  return env?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}
