import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('memory', () => {
  // The probe runs in its own process so that the heap it measures holds nothing of the test
  // runner's. Without detaching kept strings, the rows would pin every decoded chunk of the file
  // (retained ≈ twice the file size); with it they hold only their own values (a quarter of it).
  it('keeps rows without keeping the text of the file they were read from', () => {
    const probe = join(import.meta.dirname, 'memoryProbe.mts');
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe], {
      encoding: 'utf8',
    });
    const { bytes, rows, retained } = JSON.parse(output) as {
      bytes: number;
      rows: number;
      retained: number;
    };
    expect(rows).toBe(20_000);
    expect(bytes).toBeGreaterThan(40_000_000);
    expect(retained).toBeLessThan(bytes * 0.5);
  });
});
