/** manifest.json: what was built, from which inputs, with which counts. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
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

/**
 * The board's city page and its results, written beside the schools' folders and never into a
 * pack. Paths are relative to the edition's folder; each hash is of the file's bytes as written.
 */
export interface ManifestCity {
  /** `city/index.html`. */
  page: string;
  pageSha256: string;
  /** `city/results.json`. */
  results: string;
  resultsSha256: string;
}

/** manifest.json as written: the build, its inputs and counts, each school, the city files. */
export interface Manifest {
  tool: { name: 'karte'; version: string };
  year: number;
  edition: 'provisional' | 'final';
  buildDate: string;
  minGroupSize: number;
  inputs: FileReport[];
  totals: { students: number; schools: number; charts: number; rejects: number; warnings: number };
  schools: ManifestSchool[];
  city: ManifestCity;
}

export const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * The manifest's entry of the board's files at `pagePath` and `resultsPath` (absolute paths
 * under `dir`, the edition's folder), each hashed as it is on disk.
 */
export async function buildManifestCity(
  dir: string,
  pagePath: string,
  resultsPath: string,
): Promise<ManifestCity> {
  const describe = async (path: string) => ({
    path: relative(dir, path).split(sep).join('/'),
    sha256: sha256(await readFile(path)),
  });
  const [page, results] = [await describe(pagePath), await describe(resultsPath)];
  return {
    page: page.path,
    pageSha256: page.sha256,
    results: results.path,
    resultsSha256: results.sha256,
  };
}
