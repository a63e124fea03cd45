/** The command line as a user meets it: exit statuses, help, and messages without stack traces. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../pipeline/shared/config.js';
import { projectRoot } from '../../pipeline/shared/paths.js';

const root = projectRoot();

function karte(args: string[], cwd = root, env: Record<string, string> = {}) {
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'pipeline', 'cli', 'bin.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'ja_JP.UTF-8', ...env },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('karte CLI', () => {
  it('prints help for every command', () => {
    const help = karte(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['build', 'validate', 'init']) {
      expect(help.stdout).toContain(command);
      const sub = karte([command, '--help']);
      expect(sub.status).toBe(0);
      expect(sub.stdout).toContain('Usage: karte ' + command);
    }
    expect(karte(['build', '--help']).stdout).toMatch(/--edition.*provisional/);
  });

  it('exits 2 on a usage error', () => {
    const result = karte(['build', '--edition', 'draft']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('draft');
  });

  it('exits 1 with a message naming the folder when the input is missing, in Japanese or English', () => {
    const ja = karte(['build', '--input', '/nonexistent/karte-input']);
    expect(ja.status).toBe(1);
    expect(ja.stderr).toContain('/nonexistent/karte-input');
    noStackTrace(ja.stderr);
    const en = karte(['validate', '--input', '/nonexistent/karte-input', '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/not found/);
    noStackTrace(en.stderr);
  });

  it('init writes a valid starter configuration and will not overwrite it without --force', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'karte-init-'));
    expect(karte(['init'], cwd).status).toBe(0);
    const written = JSON.parse(readFileSync(join(cwd, 'karte.config.json'), 'utf8')) as unknown;
    expect(configSchema.parse(written)).toMatchObject({ minGroupSize: 10, year: 2025 });
    const again = karte(['init'], cwd);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(karte(['init', '--force'], cwd).status).toBe(0);
  });

  it('validate reads the bundled samples, prints the per-file table and writes nothing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'karte-validate-'));
    const result = karte(['validate', '--lang', 'en'], cwd);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/zenkoku\.csv\s+shift_jis/);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
