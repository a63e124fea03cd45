/** What the reader tells the manifest about each file. */
import type { FileId } from '../shared/types.js';
import type { TextEncoding } from './chooseEncoding.js';

/**
 * One input file as read. `path` is as given (input folder joined with the configured path,
 * relative to the working directory or absolute). For every file
 * `rowsRead = rowsAccepted + rowsRejected`; blank lines and the header are not rows. `warnings`
 * counts the file's warnings: values read as missing and columns ignored.
 */
export interface FileReport {
  id: FileId;
  path: string;
  present: boolean;
  encoding: TextEncoding | null;
  bytes: number;
  sha256: string | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  warnings: number;
}

/** The report of an optional file that is not there. */
export function absentFileReport(id: FileId, path: string): FileReport {
  return {
    id,
    path,
    present: false,
    encoding: null,
    bytes: 0,
    sha256: null,
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    warnings: 0,
  };
}
