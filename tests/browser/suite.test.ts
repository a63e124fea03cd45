/**
 * The browser tests skip, saying why, when no browser is found — and fail under CI, so that CI
 * can never pass without having run them. Checked by running one browser test file in a child
 * vitest with the browser pointed at a path that does not exist.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/shared/paths.js';
import { isCI } from './suite.js';

const root = projectRoot();

async function vitestWithoutBrowser(ci: string): Promise<{ status: number; output: string }> {
  const env = { ...process.env, CI: ci, KARTE_CHROMIUM: '/nonexistent/karte-test-chromium' };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(root, 'node_modules', '.bin', 'vitest'),
      ['run', '--reporter', 'verbose', '--project', 'browser', 'tests/browser/axe.test.ts'],
      { cwd: root, env, maxBuffer: 16 << 20 },
    );
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? -1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

describe('browser tests without a browser', () => {
  it('reads CI as set for any value but empty, 0 and false', () => {
    expect(isCI({ CI: 'true' })).toBe(true);
    expect(isCI({ CI: '1' })).toBe(true);
    expect(isCI({ CI: 'false' })).toBe(false);
    expect(isCI({ CI: '' })).toBe(false);
    expect(isCI({})).toBe(false);
  });

  it('are skipped with the reason outside CI', async () => {
    const { status, output } = await vitestWithoutBrowser('');
    expect(status, output).toBe(0);
    expect(output).toMatch(/skipped/);
    expect(output).toContain('no Chromium found (looked at /nonexistent/karte-test-chromium)');
  });

  it('fail under CI=true', async () => {
    const { status, output } = await vitestWithoutBrowser('true');
    expect(status, output).not.toBe(0);
    expect(output).toContain('CI never skips the browser tests');
    expect(output).toContain('no Chromium found');
  });
});
