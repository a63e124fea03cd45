/**
 * Puts {@link measureTextWidth} in charge of vega's text layout. Vega sizes axes, legends and
 * titles with `textMetrics.width` from vega-scenegraph; in Node without a canvas that is a
 * 0.8 em-per-character guess, which leaves Japanese labels overflowing their space.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isBoldWeight, measureTextWidth } from './measure.js';

/** The fields of a vega text item the measurer reads. */
interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: string | number | null;
  limit?: number | null;
}

type WidthFunction = (item: TextItem, text: string | number | null | undefined) => number;

interface TextMetrics {
  width: WidthFunction;
}

/** Vega's fallback font size when an item sets none. */
const VEGA_DEFAULT_FONT_SIZE = 11;

/**
 * The width of a text item's line as vega asks for it, with the item's font size and weight.
 * Text cut to `limit` by vega is never wider than the limit, so the width is capped there.
 */
export function measureTextItem(item: TextItem, text: string | number | null | undefined): number {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : VEGA_DEFAULT_FONT_SIZE;
  const width = measureTextWidth(line, size, isBoldWeight(item.fontWeight));
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(width, limit) : width;
}

let installed: Promise<number> | null = null;

/**
 * Replaces `textMetrics.width` in every copy of vega-scenegraph that vega loads, once per
 * process; later calls return the same promise. Resolves to the number of copies patched.
 * This changes vega's global state for the whole process, which is what every chart here wants.
 */
export function installTextMetrics(): Promise<number> {
  installed ??= patchAllCopies();
  return installed;
}

async function patchAllCopies(): Promise<number> {
  const paths = findScenegraphCopies();
  for (const path of paths) {
    const module = (await import(pathToFileURL(path).href)) as { textMetrics: TextMetrics };
    module.textMetrics.width = measureTextItem;
  }
  return paths.length;
}

// LIMITATION: vega 6.3 pins vega-scenegraph ~5.2.1 while vega-view-transforms and vega-label
// want ^5.3.0, so npm installs several copies and vega's own `textMetrics` export is not the
// one that lays out axes. Each copy reachable from vega is found by walking the dependency
// tree as Node resolves it; deduplicating the install would make this walk find just one.
function findScenegraphCopies(): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const queue: string[] = [createRequire(import.meta.url).resolve('vega')];
  while (queue.length > 0) {
    const entry = queue.pop()!;
    const root = packageRoot(entry);
    if (root === null || visited.has(root)) continue;
    visited.add(root);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      name?: string;
      dependencies?: Record<string, string>;
    };
    if (manifest.name === 'vega-scenegraph') found.add(entry);
    const require = createRequire(entry);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (!dependency.startsWith('vega')) continue;
      const resolved = resolveEntry(require, dependency);
      if (resolved !== null) queue.push(resolved);
    }
  }
  return [...found].sort();
}

// A package with types only (vega-typings) has no entry to resolve; it holds no scenegraph.
function resolveEntry(require: NodeJS.Require, name: string): string | null {
  try {
    return require.resolve(name);
  } catch {
    return null;
  }
}

function packageRoot(entry: string): string | null {
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return dir;
}
