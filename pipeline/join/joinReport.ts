/**
 * The join report of a school: how many students each source has, in which combinations, and
 * who is missing from a source that covers their grade (for example absent on the day).
 */
import { SOURCE_GRADES, type SourceId } from '../shared/types.js';
import { sourcesOf, type Student } from './student.js';

export interface JoinReport {
  school: string;
  students: number;
  /** Source → number of students present in it. */
  bySource: Partial<Record<SourceId, number>>;
  /** Each combination of sources found, e.g. ["zenkoku","isus"], with its count. */
  combinations: { sources: SourceId[]; count: number }[];
  /** Students absent from a source that covers their grade, by 学年・組・出席番号. */
  missing: { source: SourceId; grade: number; class: string; seat: number }[];
}

/** Builds one report per school, over the sources the edition actually read. */
export function buildJoinReports(
  students: readonly Student[],
  sources: readonly SourceId[],
): JoinReport[] {
  const reports = new Map<string, JoinReport>();
  for (const student of students) {
    const code = student.key.school;
    let report = reports.get(code);
    if (!report) {
      report = { school: code, students: 0, bySource: {}, combinations: [], missing: [] };
      reports.set(code, report);
    }
    report.students++;
    const present = sourcesOf(student);
    for (const source of present) report.bySource[source] = (report.bySource[source] ?? 0) + 1;
    const combination = report.combinations.find((c) => c.sources.join() === present.join());
    if (combination) combination.count++;
    else report.combinations.push({ sources: present, count: 1 });
    for (const source of sources) {
      const covers = SOURCE_GRADES[source][student.schoolType].includes(student.key.grade);
      if (covers && !present.includes(source)) {
        const { grade, class: cls, seat } = student.key;
        report.missing.push({ source, grade, class: cls, seat });
      }
    }
  }
  return [...reports.values()];
}
