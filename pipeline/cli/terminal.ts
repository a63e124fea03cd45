/**
 * The one module that talks to the terminal. Everything else returns data; this prints it.
 * Normal output goes to stdout, progress and problems to stderr.
 */
import { basename } from 'node:path';
import type { FileReport } from '../read/readInputs.js';
import type { IssueLog } from '../shared/issues.js';
import {
  formatMessage,
  type Lang,
  type MessageCode,
  type MessageParams,
} from '../shared/messages.js';

export function say(code: MessageCode, params: MessageParams, lang: Lang): void {
  console.log(formatMessage(code, params, lang));
}

export function warn(code: MessageCode, params: MessageParams, lang: Lang): void {
  console.error(formatMessage(code, params, lang));
}

/** A message already formatted (e.g. a KarteError's text). */
export function sayError(text: string): void {
  console.error(text);
}

/** A stack trace, only ever shown with --verbose. */
export function sayTrace(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Issues grouped by code and file: one line per group, never one per row. */
export function printIssueGroups(log: IssueLog, lang: Lang, limit = 20): void {
  const groups = log.grouped();
  for (const group of groups.slice(0, limit)) {
    const first = group.first;
    warn(
      'I_ISSUE_GROUP',
      {
        code: group.code,
        count: group.count,
        file: group.file,
        line: first.line,
        detail: formatMessage(group.code, first, lang),
      },
      lang,
    );
  }
  if (groups.length > limit) warn('I_ISSUE_MORE', { count: groups.length - limit }, lang);
}

const HEADERS: Record<Lang, string[]> = {
  ja: ['ファイル', '文字コード', '読込行', '採用行', '除外行', '警告'],
  en: ['file', 'encoding', 'read', 'accepted', 'rejected', 'warnings'],
};

/** The per-file table of `karte validate` (and of a build's summary). */
export function printFileTable(files: readonly FileReport[], lang: Lang): void {
  const rows = files.map((f) =>
    f.present
      ? [
          basename(f.path),
          f.encoding ?? '-',
          f.rowsRead,
          f.rowsAccepted,
          f.rowsRejected,
          f.warnings,
        ].map(String)
      : [basename(f.path), lang === 'ja' ? '（なし）' : '(absent)', '-', '-', '-', '-'],
  );
  const table = [HEADERS[lang], ...rows];
  const widths = HEADERS[lang].map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]!))));
  for (const row of table) {
    console.log(
      row
        .map((cell, i) =>
          i === 0 || i === 1 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!),
        )
        .join('  '),
    );
  }
}

/** Terminal columns taken by a string: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;
