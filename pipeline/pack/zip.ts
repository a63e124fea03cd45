/**
 * pack: a school's folder as one zip, ready to mail. fflate writes it in memory; the entries'
 * times are the build date so that the same build gives the same bytes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Zips every file under `dir`, with paths inside the zip starting at `prefix/`. */
export async function packFolder(dir: string, prefix: string, date: Date): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const path of await listFiles(dir)) {
    const name = `${prefix}/${relative(dir, path).split(sep).join('/')}`;
    files[name] = [await readFile(path), { mtime: date }];
  }
  return zipSync(files, { level: 9 });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}
