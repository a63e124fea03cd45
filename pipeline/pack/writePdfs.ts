/**
 * pack: the PDF step of a build. After the pages are written and before the schools' folders
 * are zipped, prints each school's pages into `schools/<code>/karte.pdf`, so the PDF travels
 * in the school's pack.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KarteError, isKarteError } from '../shared/issues.js';
import type { ManifestSchool } from './manifest.js';
import { openPdfPrinter } from './printPdf.js';

/** The PDF's name inside a school's folder. */
export const PDF_NAME = 'karte.pdf';

/**
 * Prints every school's pages (its manifest entry's `pages`, in order, relative to `outDir`)
 * with the browser at `browserPath`, writes the PDFs, and records each one's path in the
 * school's `pdf`. `onSchool` is called as each school starts. A failed print is a KarteError
 * (`E_PDF_PRINT`) naming the school's PDF; the browser is closed whatever happens.
 */
export async function writeSchoolPdfs(
  outDir: string,
  schools: ManifestSchool[],
  browserPath: string,
  buildDate: string,
  onSchool?: (school: ManifestSchool) => void,
): Promise<void> {
  const printer = await openPdfPrinter(browserPath);
  try {
    for (const school of schools) {
      onSchool?.(school);
      const file = `schools/${school.code}/${PDF_NAME}`;
      const pages = await Promise.all(
        school.pages.map((page) => readFile(join(outDir, page), 'utf8')),
      );
      let pdf: Uint8Array;
      try {
        pdf = await printer.print(pages, buildDate);
      } catch (error) {
        if (isKarteError(error)) throw error;
        const detail =
          error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        throw new KarteError({ code: 'E_PDF_PRINT', file, detail });
      }
      await writeFile(join(outDir, file), pdf);
      school.pdf = file;
    }
  } finally {
    await printer.close();
  }
}
