/**
 * The edition's output is written into a temporary folder beside its final place and moved into
 * place only when whole, so an interrupted build never leaves a half-written edition behind.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where an edition is written: `<output>/<year>/<edition>` (e.g. out/2025/final). */
export function editionDir(output: string, year: number, edition: string): string {
  return join(output, String(year), edition);
}

/** The start of the name of every staging folder of process `pid`: `.tmp-<pid>-`. */
const stagingPrefix = (pid: number) => `.tmp-${pid}-`;

export interface OutputFolder {
  /** Where to write now. */
  readonly dir: string;
  /** Where the edition will be once committed. */
  readonly finalDir: string;
  /** Replaces the previous edition with the new one. */
  commit(): Promise<void>;
  /** Removes the temporary folder (after a failure). */
  discard(): Promise<void>;
}

/** Opens a temporary folder for `finalDir` (e.g. out/2025/final). */
export async function openOutputFolder(finalDir: string): Promise<OutputFolder> {
  const parent = dirname(finalDir);
  await mkdir(parent, { recursive: true });
  const time = Date.now();
  const dir = join(parent, `${stagingPrefix(process.pid)}${time}`);
  await mkdir(dir, { recursive: true });
  return {
    dir,
    finalDir,
    async commit() {
      const old = join(parent, `.old-${process.pid}-${time}`);
      await rename(finalDir, old).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await rename(dir, finalDir);
      await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Removes what a build of this process left half-written beside `finalDir` when it could not
 * discard it itself (its worker thread was stopped, e.g. for running out of memory).
 */
export async function discardStaging(finalDir: string, pid = process.pid): Promise<void> {
  const parent = dirname(finalDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(stagingPrefix(pid)))
      .map((name) => rm(join(parent, name), { recursive: true, force: true })),
  );
}
