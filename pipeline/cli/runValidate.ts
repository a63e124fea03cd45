/** `karte validate`: reads and checks the inputs, prints the per-file table, writes nothing. */
import { readInputs } from '../read/readInputs.js';
import { IssueLog } from '../shared/issues.js';
import { loadConfig } from '../shared/loadConfig.js';
import type { Lang } from '../shared/messages.js';
import type { ValidateFlags } from './main.js';
import { printFileTable, printIssueGroups, say, warn } from './terminal.js';

/** 0 when nothing fatal was found (and, with --strict, no row was rejected); else 1. */
export async function runValidate(flags: ValidateFlags, lang: Lang): Promise<number> {
  const config = loadConfig(flags.config, { input: flags.input, year: flags.year });
  const log = new IssueLog();
  const { files } = await readInputs(config, config.editions[flags.edition], log);
  printFileTable(files, lang);
  printIssueGroups(log, lang);
  if (flags.strict && log.rejects.length > 0) {
    warn('I_VALIDATE_STRICT_FAIL', { rejects: log.rejects.length }, lang);
    return 1;
  }
  say('I_VALIDATE_OK', {}, lang);
  return 0;
}
