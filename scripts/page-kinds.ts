/**
 * The pages of a built edition, from its manifest, each with its kind (home, subject, scales,
 * analysis, influence, class, special-support class, guide; and the board's city page) told
 * from its file name (see pipeline/page/names.ts) and, for a class, from the class's name in
 * the school's results. Used by `npm run screenshots` and by the browser tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Manifest } from '../pipeline/pack/manifest.js';

/** What a page is; `other` for a file name this list does not know yet. */
export type PageKind =
  | 'home'
  | 'subject'
  | 'scales'
  | 'analysis'
  | 'influence'
  | 'class'
  | 'special-class'
  | 'guide'
  | 'city'
  | 'other';

/** A page of the build. */
export interface BuiltPage {
  /** The school's code; `city` for the board's city page. */
  school: string;
  /** Path relative to the edition folder, as in the manifest. */
  path: string;
  file: string;
  url: string;
  kind: PageKind;
}

interface ResultsClasses {
  grades: { grade: number; classes: { name: string }[] }[];
}

/** The edition's manifest. */
export function readManifest(build: string): Manifest {
  return JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;
}

/** The board's city page, beside the schools' folders (never in a pack). */
export const CITY_PAGE = 'city/index.html';

/** Every page of every school, in manifest order, then the city page when there is one. */
export function builtPages(build: string): BuiltPage[] {
  const manifest = readManifest(build);
  const city = join(build, CITY_PAGE);
  const cityPage: BuiltPage[] = existsSync(city)
    ? [{ school: 'city', path: CITY_PAGE, file: city, url: pathToFileURL(city).href, kind: 'city' }]
    : [];
  return manifest.schools
    .flatMap((school) => {
      const results = JSON.parse(
        readFileSync(join(build, school.results), 'utf8'),
      ) as ResultsClasses;
      return school.pages.map((path) => {
        const file = join(build, path);
        return {
          school: school.code,
          path,
          file,
          url: pathToFileURL(file).href,
          kind: pageKindOf(path, results),
        };
      });
    })
    .concat(cityPage);
}

/** A page's kind from its file name (see pipeline/page/names.ts). */
export function pageKindOf(path: string, results: ResultsClasses): PageKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'index.html') return 'home';
  if (name === 'guide.html') return 'guide';
  if (name === 'influence.html') return 'influence';
  const cls = /^g(\d+)-c(\d+)\.html$/.exec(name);
  if (cls) {
    const grade = results.grades.find((g) => g.grade === Number(cls[1]));
    const className = grade?.classes[Number(cls[2]) - 1]?.name ?? '';
    return /^[0-9A-Za-z]+$/.test(className) ? 'class' : 'special-class';
  }
  if (/^g\d+-scales\.html$/.test(name)) return 'scales';
  if (/^g\d+-analysis\.html$/.test(name)) return 'analysis';
  if (/^g\d+-[a-z0-9]+\.html$/.test(name)) return 'subject';
  return 'other';
}

/**
 * One page of each kind present, for the checks too slow to run on every page: the first in
 * manifest order, and for the home page one of each school type (小 and 中).
 */
export function pagePerKind(build: string): BuiltPage[] {
  const manifest = readManifest(build);
  const typeOf = new Map(manifest.schools.map((s) => [s.code, s.type]));
  const seen = new Set<string>();
  return builtPages(build).filter((page) => {
    const key = page.kind === 'home' ? `home-${typeOf.get(page.school)}` : page.kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
