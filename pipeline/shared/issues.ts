/**
 * Problems found in the input, as data. A fatal problem is thrown as a KarteError and stops the
 * run; rejected rows and missing values are collected in an IssueLog and reported at the end.
 */
import { formatMessage, type Lang, type MessageCode, type MessageParams } from './messages.js';

export type Severity = 'fatal' | 'reject' | 'warning';

export interface Issue extends MessageParams {
  code: MessageCode;
  severity: Severity;
}

/** An error the user can fix: it carries a catalogued message, never a stack trace. */
export class KarteError extends Error {
  constructor(readonly issue: Omit<Issue, 'severity'> & { severity?: Severity }) {
    super(formatMessage(issue.code, issue, 'en'));
    this.name = 'KarteError';
  }

  /** The message in the user's language. */
  text(lang: Lang): string {
    return formatMessage(this.issue.code, this.issue, lang);
  }
}

export function isKarteError(e: unknown): e is KarteError {
  return e instanceof KarteError;
}

/** Collects row and value problems in the order they are found. */
export class IssueLog {
  readonly issues: Issue[] = [];

  add(issue: Issue): void {
    this.issues.push(issue);
  }

  get rejects(): Issue[] {
    return this.issues.filter((i) => i.severity === 'reject');
  }

  get warnings(): Issue[] {
    return this.issues.filter((i) => i.severity === 'warning');
  }

  /** Issues grouped by code and file, with the first line each occurs at. */
  grouped(): { code: MessageCode; file: string; count: number; first: Issue }[] {
    const groups = new Map<
      string,
      { code: MessageCode; file: string; count: number; first: Issue }
    >();
    for (const issue of this.issues) {
      const id = `${issue.code}\u0000${issue.file ?? ''}`;
      const group = groups.get(id);
      if (group) group.count++;
      else groups.set(id, { code: issue.code, file: issue.file ?? '', count: 1, first: issue });
    }
    return [...groups.values()];
  }
}
