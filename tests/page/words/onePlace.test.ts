/**
 * Page text lives in pipeline/page/words/ only: the rest of the page stage and the templates
 * hold no Japanese but the names of the chart groups (本校, 市全体 …) and of the school types
 * (小, 中), which are types.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUP_ORDER } from '../../../pipeline/chart/palette.js';
import { projectRoot } from '../../../pipeline/shared/paths.js';
import { SCHOOL_TYPES } from '../../../pipeline/shared/types.js';

const root = projectRoot();
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+/gu;

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/** Source without comments (block, JSDoc and line comments outside strings are enough here). */
const withoutComments = (source: string) =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/ .*$/gm, '');

describe('page words in one place', () => {
  it('keeps Japanese out of the page stage’s code outside words/, but group and type names', () => {
    const allowed = new Set<string>([...GROUP_ORDER, ...SCHOOL_TYPES]);
    const found: string[] = [];
    for (const file of filesUnder(join(root, 'pipeline', 'page'), '.ts')) {
      if (file.includes(`${join('pipeline', 'page', 'words')}`)) continue;
      const code = withoutComments(readFileSync(file, 'utf8'));
      for (const run of code.match(CJK) ?? []) {
        if (!allowed.has(run)) found.push(`${relative(root, file)}: ${run}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps Japanese out of the templates', () => {
    const found = filesUnder(join(root, 'templates'), '.hbs').flatMap((file) =>
      (readFileSync(file, 'utf8').match(CJK) ?? []).map((run) => `${relative(root, file)}: ${run}`),
    );
    expect(found).toEqual([]);
  });

  it('finds Japanese where it is (the check can fail)', () => {
    expect('const x = `${n}年`;'.match(CJK)).toEqual(['年']);
    expect(withoutComments('/** 学年 */\nconst a = 1; // 学級\n')).not.toMatch(CJK);
  });

  it('never words a link as a cause or an order of schools', () => {
    for (const file of filesUnder(join(root, 'pipeline', 'page', 'words'), '.ts')) {
      expect(readFileSync(file, 'utf8'), relative(root, file)).not.toMatch(
        /影響|原因|順位|ランキング/,
      );
    }
  });
});
