/**
 * Loads the configuration: `--config FILE`, else `karte.config.json` in the working folder,
 * else the defaults; then the command line's options on top. Paths in a configuration file are
 * relative to that file. Problems become one E_CONFIG_INVALID message listing each bad field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { configSchema, type Config } from './config.js';
import { KarteError } from './issues.js';
import { projectRoot } from './paths.js';

/** Options given on the command line; each overrides the file's value. */
export interface ConfigOverrides {
  input?: string;
  year?: number;
  output?: string;
  buildDate?: string;
}

export const DEFAULT_CONFIG_FILE = 'karte.config.json';

/** A loaded configuration with its input and output folders resolved to absolute paths. */
export function loadConfig(
  configPath: string | undefined,
  overrides: ConfigOverrides,
  cwd = process.cwd(),
): Config {
  const path = configPath ? resolve(cwd, configPath) : join(cwd, DEFAULT_CONFIG_FILE);
  let raw: Record<string, unknown> = {};
  let base = cwd;
  if (configPath || existsSync(path)) {
    raw = readJson(path);
    base = dirname(path);
  }
  const merged = { ...raw, ...absolute(overrides, cwd) };
  const parsed = configSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) {
    throw new KarteError({
      code: 'E_CONFIG_INVALID',
      file: configPath ?? DEFAULT_CONFIG_FILE,
      detail: describeIssues(parsed.error.issues),
    });
  }
  const config = parsed.data;
  const fromFile = (p: string | undefined) => (p === undefined ? undefined : resolve(base, p));
  return {
    ...config,
    input: fromFile(config.input) ?? join(projectRoot(), 'data-samples', String(config.year)),
    output: fromFile(config.output)!,
    // A bare command name (`chromium`) is looked up on PATH when printing, not in this folder.
    chromiumPath:
      config.chromiumPath && /[\\/]/.test(config.chromiumPath)
        ? fromFile(config.chromiumPath)
        : config.chromiumPath,
  };
}

function readJson(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new KarteError({
      code: 'E_CONFIG_INVALID',
      file: path,
      detail: (e as NodeJS.ErrnoException).code ?? 'unreadable',
    });
  }
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (e) {
    throw new KarteError({
      code: 'E_CONFIG_INVALID',
      file: path,
      detail: `JSON: ${(e as Error).message}`,
    });
  }
}

/** The overrides that were given, with folders resolved against the working folder. */
function absolute(o: ConfigOverrides, cwd: string): Partial<ConfigOverrides> {
  const out: Partial<ConfigOverrides> = {};
  if (o.input !== undefined) out.input = resolve(cwd, o.input);
  if (o.output !== undefined) out.output = resolve(cwd, o.output);
  if (o.year !== undefined) out.year = o.year;
  if (o.buildDate !== undefined) out.buildDate = o.buildDate;
  return out;
}

/** `editions.final.grades.小[2]`: expected ≤ 6, got 8 — one line per problem. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (acc, part) =>
          typeof part === 'number'
            ? `${acc}[${part}]`
            : acc
              ? `${acc}.${String(part)}`
              : String(part),
        '',
      );
      const got =
        'input' in issue && issue.input !== undefined ? `, got ${JSON.stringify(issue.input)}` : '';
      return `\`${path || '(root)'}\`: ${expectation(issue)}${got}`;
    })
    .join('; ');
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return `expected ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'too_small':
      return `expected ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
