/** manifest.json: what was built, from which inputs, with which counts. */
import { createHash } from 'node:crypto';
import type { FileReport } from '../read/readInputs.js';

export interface ManifestSchool {
  code: string;
  name: string;
  type: string;
  students: number;
  pages: string[];
  results: string;
  pack: string;
  packSha256: string;
  /** The school's karte as one PDF, inside its folder and pack; only with `karte build --pdf`. */
  pdf?: string;
}

export interface Manifest {
  tool: { name: 'karte'; version: string };
  year: number;
  edition: 'provisional' | 'final';
  buildDate: string;
  minGroupSize: number;
  inputs: FileReport[];
  totals: { students: number; schools: number; charts: number; rejects: number; warnings: number };
  schools: ManifestSchool[];
}

export const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');
