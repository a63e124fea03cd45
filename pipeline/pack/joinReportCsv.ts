/**
 * The join reports for the data officer: `join-report.csv`, one row per school with the students
 * in each source and in which combinations, and `join-missing.csv`, one row per student absent
 * from a survey that covers their grade. Both UTF-8 with BOM for Excel; never put in a pack.
 */
import type { JoinReport } from '../join/joinReport.js';
import type { School, SourceId } from '../shared/types.js';
import { csvCell } from './rejectsCsv.js';

const SOURCE_NAMES: Record<SourceId, string> = {
  zenkoku: '全国学調',
  fukushima: 'ふくしま学調',
  isus: 'I-SUS',
};

const toCsv = (rows: (string | number)[][]): string =>
  `\uFEFF${rows.map((r) => r.map((c) => csvCell(String(c))).join(',')).join('\r\n')}\r\n`;

/** Per school: students, students per source, the combinations found and how many are missing. */
export function formatJoinReportCsv(
  reports: readonly JoinReport[],
  schools: readonly School[],
): string {
  const names = new Map(schools.map((s) => [s.code, s.name]));
  const sources = Object.keys(SOURCE_NAMES) as SourceId[];
  const header = [
    '学校コード',
    '学校名',
    '児童生徒数',
    ...sources.map((s) => SOURCE_NAMES[s]),
    '組み合わせ',
    '欠け',
  ];
  const rows = reports.map((r) => [
    r.school,
    names.get(r.school) ?? '',
    r.students,
    ...sources.map((s) => r.bySource[s] ?? 0),
    r.combinations
      .map((c) => `${c.sources.map((s) => SOURCE_NAMES[s]).join('+') || '（なし）'}: ${c.count}`)
      .join('; '),
    r.missing.length,
  ]);
  return toCsv([header, ...rows]);
}

/** One row per student missing from a survey that covers their grade. */
export function formatJoinMissingCsv(reports: readonly JoinReport[]): string {
  const header = ['学校コード', '学年', '組', '出席番号', '欠けている調査'];
  const rows = reports.flatMap((r) =>
    r.missing.map((m) => [r.school, m.grade, m.class, m.seat, SOURCE_NAMES[m.source]]),
  );
  return toCsv([header, ...rows]);
}
