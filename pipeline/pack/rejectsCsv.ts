/**
 * rejects.csv: every rejected row and every value read as missing, for the data officer to fix.
 * UTF-8 with BOM so that Excel opens it as UTF-8; a cell that begins with =, +, - or @ is
 * prefixed with an apostrophe so that a spreadsheet shows it as text and never runs it.
 */
import type { Issue } from '../shared/issues.js';
import { formatMessage, type Lang } from '../shared/messages.js';

const HEADER = ['file', 'line', 'column', 'value', 'severity', 'code', 'reason'];

/** Neutralises spreadsheet formulas and quotes a cell as CSV needs. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rejects report as a string, header first, rows in the order found. */
export function formatRejectsCsv(issues: readonly Issue[], lang: Lang): string {
  const lines = [HEADER.join(',')];
  for (const issue of issues) {
    const cells = [
      issue.file ?? '',
      issue.line === undefined ? '' : String(issue.line),
      issue.column ?? '',
      issue.value ?? '',
      issue.severity,
      issue.code,
      formatMessage(issue.code, issue, lang),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
