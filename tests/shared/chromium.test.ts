/** Finding the browser that prints the PDFs: the usual places per platform, a named one, none. */
import { describe, expect, it } from 'vitest';
import {
  chromiumCandidates,
  findChromium,
  locateChromium,
  type ChromiumSearch,
} from '../../pipeline/shared/chromium.js';
import { KarteError } from '../../pipeline/shared/issues.js';

const machine = (
  platform: NodeJS.Platform,
  installed: string[],
  env: NodeJS.ProcessEnv = {},
): ChromiumSearch => ({ platform, env, isExecutable: (path) => installed.includes(path) });

describe('chromiumCandidates', () => {
  it('tries Debian’s chromium first on Linux, then Chrome', () => {
    const places = chromiumCandidates('linux', {});
    expect(places[0]).toBe('/usr/bin/chromium');
    expect(places).toContain('/usr/bin/chromium-browser');
    expect(places).toContain('/usr/bin/google-chrome');
    expect(places.indexOf('/usr/bin/chromium')).toBeLessThan(
      places.indexOf('/usr/bin/google-chrome'),
    );
  });

  it('looks in the program folders on Windows, Edge last', () => {
    const places = chromiumCandidates('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\kyoiku\\AppData\\Local',
    });
    expect(places[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(places).toContain(
      'C:\\Users\\kyoiku\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(places.at(-1)).toMatch(/\\Microsoft\\Edge\\Application\\msedge\.exe$/);
  });

  it('looks in /Applications and ~/Applications on macOS', () => {
    const places = chromiumCandidates('darwin', { HOME: '/Users/kyoiku' });
    expect(places[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(places).toContain('/Users/kyoiku/Applications/Chromium.app/Contents/MacOS/Chromium');
  });
});

describe('findChromium', () => {
  it('returns the first browser installed in the usual places', () => {
    const search = machine('linux', ['/usr/bin/google-chrome', '/snap/bin/chromium']);
    expect(findChromium(undefined, search)).toBe('/usr/bin/google-chrome');
  });

  it('uses a named path, and only that one', () => {
    const search = machine('linux', ['/usr/bin/chromium', '/opt/chrome/chrome']);
    expect(findChromium('/opt/chrome/chrome', search)).toBe('/opt/chrome/chrome');
    expect(() => findChromium('/opt/other/chrome', search)).toThrow(KarteError);
  });

  it('looks a bare command name up on PATH', () => {
    const search = machine('linux', ['/home/k/bin/chromium'], {
      PATH: '/usr/local/bin:/home/k/bin',
    });
    expect(findChromium('chromium', search)).toBe('/home/k/bin/chromium');
    const windows = machine('win32', ['C:\\tools\\chrome.exe'], { Path: 'C:\\bin;C:\\tools' });
    expect(findChromium('chrome', windows)).toBe('C:\\tools\\chrome.exe');
  });

  it('names every place it looked at, and the option to set, when none is installed', () => {
    const location = locateChromium(undefined, machine('linux', []));
    expect(location.found).toBe(false);
    let error: unknown;
    try {
      findChromium(undefined, machine('linux', []));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KarteError);
    const text = (error as KarteError).text('ja');
    expect((error as KarteError).issue.code).toBe('E_CHROMIUM_MISSING');
    for (const place of chromiumCandidates('linux', {})) expect(text).toContain(place);
    expect(text).toContain('--chromium');
    expect(text).toContain('chromiumPath');
    expect((error as KarteError).text('en')).toMatch(/no browser .* found/);
  });

  it('says which named browser is missing', () => {
    let error: unknown;
    try {
      findChromium('/nowhere/chromium', machine('linux', []));
    } catch (e) {
      error = e;
    }
    expect((error as KarteError).issue.code).toBe('E_CHROMIUM_PATH');
    expect((error as KarteError).text('ja')).toContain('/nowhere/chromium');
  });
});
