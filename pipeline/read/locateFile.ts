/** Where an input file is, and whether it is there. */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Config } from '../shared/config.js';
import { KarteError } from '../shared/issues.js';
import { projectRoot } from '../shared/paths.js';
import type { FileId } from '../shared/types.js';
import { readFailure } from './readFailure.js';
import type { TableSource } from './readTable.js';

/** The input folder: `config.input`, else the bundled data-samples/<year> as loadConfig does. */
export function inputFolder(config: Config): string {
  return config.input ?? join(projectRoot(), 'data-samples', String(config.year));
}

/**
 * A file of the configuration: its path as the user wrote it (joined to the input folder unless
 * absolute), the resolved path, and its encoding and aliases.
 */
export function locateFile(config: Config, id: FileId): TableSource {
  const spec = config.files[id];
  const path = isAbsolute(spec.path) ? spec.path : join(inputFolder(config), spec.path);
  return { id, path, resolved: resolve(path), spec };
}

/**
 * Whether a file exists. A missing file is `false` when `optional`, else KarteError
 * E_FILE_MISSING (E_INPUT_DIR_MISSING when the input folder itself is missing); a folder or an
 * unreadable path is E_FILE_UNREADABLE.
 */
export async function checkPresent(
  source: TableSource,
  config: Config,
  optional: boolean,
): Promise<boolean> {
  try {
    const info = await stat(source.resolved);
    if (!info.isFile()) {
      throw new KarteError({ code: 'E_FILE_UNREADABLE', file: source.path, detail: 'EISDIR' });
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw readFailure(error, source.path);
  }
  if (optional) return false;
  const folder = inputFolder(config);
  if (!isAbsolute(config.files[source.id].path) && !(await exists(folder))) {
    throw new KarteError({ code: 'E_INPUT_DIR_MISSING', file: folder });
  }
  throw new KarteError({ code: 'E_FILE_MISSING', file: source.path });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
