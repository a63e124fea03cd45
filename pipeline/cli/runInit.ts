/** `karte init`: writes a starter configuration with every default spelled out. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultConfig } from '../shared/config.js';
import { KarteError } from '../shared/issues.js';
import type { Lang } from '../shared/messages.js';
import { say } from './terminal.js';

/** The starter file: the defaults, the bundled sample folder as input, and a $schema link. */
export function starterConfig(): Record<string, unknown> {
  const config = defaultConfig();
  return {
    $schema: './schemas/karte.config.schema.json',
    ...config,
    input: `data-samples/${config.year}`,
  };
}

export async function runInit(
  opts: { force?: boolean; path: string },
  lang: Lang,
): Promise<number> {
  const path = resolve(opts.path);
  if (existsSync(path) && !opts.force) throw new KarteError({ code: 'E_INIT_EXISTS', path });
  await writeFile(path, `${JSON.stringify(starterConfig(), null, 2)}\n`);
  say('I_INIT_WRITTEN', { path }, lang);
  return 0;
}
