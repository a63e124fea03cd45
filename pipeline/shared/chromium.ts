/**
 * The browser karte prints with: a Chromium-family browser already installed on the machine
 * (Chromium, Google Chrome or Microsoft Edge), found at a given path or at the usual places,
 * and started headless by playwright-core. karte never downloads a browser.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { Browser } from 'playwright-core';
import { KarteError } from './issues.js';

/**
 * Switches for every launch. Printing local pages needs no GPU, no first-run screens, no sync,
 * no component updates and no background traffic; `--no-sandbox` lets the browser start as
 * root in a CI container, and is harmless here because the pages run no script.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** What the search may look at; tests pass their own. */
export interface ChromiumSearch {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Whether a file exists there and may be run. */
  isExecutable: (path: string) => boolean;
}

/** The real machine. */
export const SYSTEM_SEARCH: ChromiumSearch = {
  platform: process.platform,
  env: process.env,
  isExecutable: (path) => {
    try {
      if (!statSync(path).isFile()) return false;
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The places karte looks when no browser is named, in order: Chromium, then Chrome, then (on
 * Windows and macOS, where every school PC has it) Microsoft Edge, which is Chromium too.
 */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const bases = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (base): base is string => !!base,
    );
    const under = (...parts: string[]) => bases.map((base) => win32.join(base, ...parts));
    return [
      ...under('Google', 'Chrome', 'Application', 'chrome.exe'),
      ...under('Chromium', 'Application', 'chrome.exe'),
      ...under('Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ];
  }
  if (platform === 'darwin') {
    const apps = [
      '/Applications',
      ...(env['HOME'] ? [posix.join(env['HOME'], 'Applications')] : []),
    ];
    const app = (name: string) => apps.map((dir) => `${dir}/${name}.app/Contents/MacOS/${name}`);
    return [...app('Google Chrome'), ...app('Chromium'), ...app('Microsoft Edge')];
  }
  return [
    ...LINUX_NAMES.map((name) => `/usr/bin/${name}`),
    ...LINUX_NAMES.map((name) => `/usr/local/bin/${name}`),
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** Where the browser is, or every place looked at when it was not found. */
export type ChromiumLocation = { found: true; path: string } | { found: false; tried: string[] };

/**
 * Looks for the browser. `explicit` (from `--chromium` or `chromiumPath`) is a path, or a bare
 * command name looked up on PATH (`chromium`); when given, it is the only place looked at.
 */
export function locateChromium(
  explicit?: string,
  search: ChromiumSearch = SYSTEM_SEARCH,
): ChromiumLocation {
  const places =
    explicit === undefined
      ? chromiumCandidates(search.platform, search.env)
      : placesOf(explicit, search);
  const path = places.find((place) => search.isExecutable(place));
  return path === undefined ? { found: false, tried: places } : { found: true, path };
}

/**
 * The browser's path. Throws a KarteError when there is none: `E_CHROMIUM_PATH` when the named
 * one is missing, `E_CHROMIUM_MISSING` (naming every place looked at) otherwise.
 */
export function findChromium(explicit?: string, search: ChromiumSearch = SYSTEM_SEARCH): string {
  const location = locateChromium(explicit, search);
  if (location.found) return location.path;
  throw new KarteError(
    explicit === undefined
      ? { code: 'E_CHROMIUM_MISSING', detail: location.tried.join(', ') }
      : { code: 'E_CHROMIUM_PATH', path: explicit },
  );
}

function placesOf(explicit: string, search: ChromiumSearch): string[] {
  const path = search.platform === 'win32' ? win32 : posix;
  const bare = !explicit.includes('/') && !(search.platform === 'win32' && explicit.includes('\\'));
  if (!bare) return [path.resolve(explicit)];
  const dirs = (search.env['PATH'] ?? search.env['Path'] ?? '').split(path.delimiter);
  const names = search.platform === 'win32' ? [explicit, `${explicit}.exe`] : [explicit];
  return dirs.filter(Boolean).flatMap((dir) => names.map((name) => path.join(dir, name)));
}

/**
 * Starts the browser headless with {@link CHROMIUM_ARGS}. playwright-core is loaded only here,
 * so a build without `--pdf` never loads it. A browser that will not start is a KarteError
 * (`E_CHROMIUM_LAUNCH`) naming the path and the browser's first line of complaint.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const detail = text.split('\n').find((line) => line.trim() !== '') ?? text;
    throw new KarteError({ code: 'E_CHROMIUM_LAUNCH', path: executablePath, detail });
  }
}
