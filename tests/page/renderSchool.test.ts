import { beforeAll, describe, expect, it } from 'vitest';
import { renderSchoolPages } from '../../pipeline/page/renderSchool.js';
import { SMALL_CLASS } from '../helpers/pageResults.js';
import { fakeRenderer } from './fakeRender.js';
import { renderPack, type Rendered } from './rendered.js';

let pack: Rendered;
beforeAll(async () => {
  pack = await renderPack();
});

/** Every id in a page. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('renderSchoolPages: the pack', () => {
  it('writes the home page, each grade’s pages, the influencer panels, the guide last', () => {
    const small = pack.results.grades[0]!.classes.findIndex((c) => c.name === SMALL_CLASS) + 1;
    expect(small).toBeGreaterThan(0);
    expect(pack.pages.map((p) => p.path)).toEqual([
      'index.html',
      'g6-kokugo.html',
      'g6-sansu.html',
      'g6-eigo.html',
      'g6-scales.html',
      'g6-analysis.html',
      'g6-c01.html',
      'g6-c02.html',
      'influence.html',
      'guide.html',
    ]);
  });

  it('gives every page the Japanese document frame and a CSP that forbids the network', () => {
    for (const { html } of pack.pages) {
      expect(html.startsWith('<!doctype html>\n<html lang="ja">')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
      );
      expect(html).toContain('size: A4');
      expect(html).toMatch(/font-family:[^;]*Hiragino Sans[^;]*Meiryo[^;]*Noto Sans CJK JP/);
    }
  });

  it('has no script, no external reference and no URL but the SVG namespace', () => {
    for (const { html } of pack.pages) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
      const urls = html.match(/\w+:\/\/[^\s"'<>)]*/g) ?? [];
      expect(urls.filter((url) => url !== 'http://www.w3.org/2000/svg')).toEqual([]);
    }
  });

  it('links only to pages of the pack and to ids that exist in them', () => {
    const ids = new Map(pack.pages.map((p) => [p.path, idsOf(p.html)]));
    let links = 0;
    for (const { path, html } of pack.pages) {
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        const [file, anchor] = href!.split('#');
        const target = file === '' ? path : file!;
        expect(ids.has(target), `${path} links to ${href}`).toBe(true);
        if (anchor !== undefined)
          expect(ids.get(target)!.has(anchor), `${path} → ${href}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(60);
  });

  it('links every page to the home page and the guide, and every grade page to its grade’s pages', () => {
    for (const { path, html } of pack.pages) {
      const nav = html.split('</nav>')[0]!;
      expect(nav).toContain('href="index.html"');
      expect(nav).toContain('href="guide.html"');
      if (path.startsWith('g6-')) {
        for (const other of pack.pages.filter((p) => p.path.startsWith('g6-'))) {
          expect(nav).toContain(`href="${other.path}"`);
        }
        expect(nav).toMatch(new RegExp(`href="${path}" aria-current="page"`));
      }
    }
  });

  it('uses each id once per page', () => {
    for (const { path, html } of pack.pages) {
      const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(all.length, path).toBe(new Set(all).size);
    }
  });

  it('escapes class names everywhere and keeps them out of file names', () => {
    let seen = 0;
    for (const { path, html } of pack.pages) {
      expect(path).not.toContain('ひまわり');
      expect(html).not.toContain('<ひまわり>');
      if (html.includes('&lt;ひまわり&gt;&amp;&quot;&#x27;')) seen++;
    }
    // The home page, every page of grade 6 (their navigation) and the class's own page.
    expect(seen).toBe(pack.pages.length - 2);
  });

  it('escapes the school name in the header and in the printed running head', async () => {
    const hostile = structuredClone(pack.results);
    hostile.school.name = '</style><script>x</script>"小';
    const [home] = await renderSchoolPages(hostile, fakeRenderer());
    expect(home!.html).not.toMatch(/<script/i);
    expect(home!.html).toContain('&lt;/style&gt;&lt;script&gt;');
    expect(home!.html).toContain('content: "\\3c \\2f style\\3e ');
  });

  it('holds no other school’s name or code', () => {
    for (const { html } of pack.pages) {
      expect(html).not.toContain(pack.other.school.name);
      expect(html).not.toMatch(/\bB学校\b/);
    }
  });

  it('never uses cause words for a link, nor ranks', () => {
    // The analyze stage's reminder on every influencer panel denies a cause in so many words.
    const note = pack.results.influence.note;
    expect(note).toContain('関連');
    for (const { html } of pack.pages) {
      expect(html.replaceAll(note, '')).not.toMatch(/影響|原因|順位|ランキング/);
    }
  });

  it('draws one chart per svg in the pages, in page order', () => {
    const svgs = pack.pages.flatMap(({ html }) =>
      [...html.matchAll(/data-kind="(\w+)"/g)].map((m) => m[1]),
    );
    expect(svgs).toEqual(pack.calls.map((c) => c.kind));
  });

  it('gives the same files for the same results', async () => {
    const again = await renderSchoolPages(pack.results, fakeRenderer());
    expect(again).toEqual(pack.pages);
  });
});
