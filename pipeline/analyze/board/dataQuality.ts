/** The data-quality summary of the board's file: rows per input file, issues, join coverage. */
import type { JoinReport } from '../../join/joinReport.js';
import type { FileReport } from '../../read/fileReport.js';
import type { IssueLog } from '../../shared/issues.js';
import type { DataQuality } from './schema.js';

/**
 * City totals only: rows read, accepted and rejected per file (read = accepted + rejected),
 * issues counted by code and file, and how many students each source has, in which
 * combinations, and how many are missing from a source that covers their grade.
 */
export function summarizeDataQuality(
  files: readonly FileReport[],
  issues: IssueLog | null,
  reports: readonly JoinReport[],
): DataQuality {
  const bySource: Record<string, number> = {};
  const combinations = new Map<string, { sources: string[]; count: number }>();
  const missing = new Map<string, number>();
  for (const report of reports) {
    for (const [source, count] of Object.entries(report.bySource))
      bySource[source] = (bySource[source] ?? 0) + (count ?? 0);
    for (const c of report.combinations) {
      const key = c.sources.join('+');
      const entry = combinations.get(key) ?? { sources: [...c.sources], count: 0 };
      entry.count += c.count;
      combinations.set(key, entry);
    }
    for (const m of report.missing) missing.set(m.source, (missing.get(m.source) ?? 0) + 1);
  }
  return {
    files: files.map((f) => ({
      id: f.id,
      present: f.present,
      rowsRead: f.rowsRead,
      rowsAccepted: f.rowsAccepted,
      rowsRejected: f.rowsRejected,
      warnings: f.warnings,
    })),
    issues: (issues?.grouped() ?? []).map((g) => ({ code: g.code, file: g.file, count: g.count })),
    join: {
      students: reports.reduce((s, r) => s + r.students, 0),
      bySource,
      combinations: [...combinations.values()],
      missing: [...missing].map(([source, count]) => ({ source, count })),
    },
  };
}
