import { beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from '../../pipeline/analyze/statements/schema.js';
import { SMALL_CLASS } from '../helpers/pageResults.js';
import { textOf } from './htmlText.js';
import { renderPack, type Rendered } from './rendered.js';

/** Each link of a page as [text, href]. */
const linksOf = (html: string): [string, string][] =>
  [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((m) => [textOf(m[2]!), m[1]!]);

/** Whether `href` (page#id) points at an id present in the pack. */
const resolves = (pack: Rendered, href: string) => {
  const [file, id] = href.split('#');
  return pack.page(file!).includes(` id="${id}"`);
};

const statement = (
  kind: Statement['kind'],
  text: string,
  measure: string,
  cls: string | null,
  section: Statement['source']['section'] = 'figures',
): Statement => ({
  kind,
  text,
  source: {
    section,
    grade: 6,
    class: cls,
    measure,
    references: ['city'],
    outcome: section === 'influence' ? 'zenkoku.国語.rate' : null,
    factor: section === 'influence' ? measure : null,
  },
});

let pack: Rendered;
let large: number;
beforeAll(async () => {
  const plain = await renderPack();
  const results = structuredClone(plain.results);
  large = results.grades[0]!.classes.findIndex((c) => c.name === '1') + 1;
  results.grades[0]!.classes[large - 1]!.statements = [
    statement('strength', '強みA（国語 正答率）', 'zenkoku.国語.rate', '1'),
    statement('issue', '課題B（算数 設問2）', 'zenkoku.算数.item.2', '1'),
    statement('issue', '課題C（国語 領域A）', 'zenkoku.国語.domain.領域A', '1'),
    statement('issue', '課題D（承認）', 'isus.scale.承認', '1'),
    statement('issue', '課題E（質問01）', 'zenkoku.question.01', '1'),
    statement('issue', '課題F（算数 無解答）', 'zenkoku.算数.noAnswer', '1'),
    statement('priority', '優先G（やり抜く力）', 'fukushima.scale.やり抜く力', '1', 'influence'),
  ];
  results.grades[0]!.statements.push(
    statement('priority', '優先H（学年）', 'fukushima.scale.自制心', null, 'influence'),
  );
  pack = await renderPack(results);
});

describe('強み・課題 of a grade, on the home page', () => {
  it('lists the results’ sentences, each linking to the chart of its figure', () => {
    const links = new Map(linksOf(pack.page('index.html')));
    const expected: Record<string, string> = {
      'zenkoku.算数.rate': 'g6-sansu.html#zenkoku-rate',
      'zenkoku.算数.domain.領域A': 'g6-sansu.html#domains',
      'zenkoku.算数.viewpoint.観点A': 'g6-sansu.html#viewpoints',
      'zenkoku.算数.item.4': 'g6-sansu.html#items',
      'zenkoku.国語.item.3': 'g6-kokugo.html#items',
      'fukushima.scale.自制心': 'g6-analysis.html#priorities',
    };
    const statements = pack.results.grades[0]!.statements;
    expect(statements.length).toBe(6);
    for (const s of statements) {
      expect(links.get(s.text), s.text).toBe(expected[s.source.measure]);
      expect(resolves(pack, links.get(s.text)!)).toBe(true);
    }
  });

  it('sorts the sentences into 強み, 課題 and priorities, under the grade', () => {
    const home = pack.page('index.html');
    const part = home.slice(home.indexOf('id="grade-6-statements'));
    expect(home).toContain('id="grade-6-statements-issue"');
    expect(home).toContain('id="grade-6-statements-priority"');
    expect(home).not.toContain('id="grade-6-statements-strength"');
    expect(part.indexOf('<h4>課題</h4>')).toBeGreaterThan(0);
    expect(part.indexOf('<h4>課題</h4>')).toBeLessThan(
      part.indexOf('<h4>優先して話し合いたい要因</h4>'),
    );
  });

  it('says why a small grade has no sentences', async () => {
    const results = structuredClone(pack.results);
    results.minGroupSize = 10;
    results.grades[0]!.statements = [];
    expect(textOf((await renderPack(results)).page('index.html'))).toContain(
      'この学年は人数が少ないため、数値から強み・課題の文は作っていません。',
    );
  });
});

describe('強み・課題 of a class', () => {
  it('links each sentence to its chart on the class page', () => {
    const path = `g6-c0${large}.html`;
    const links = new Map(linksOf(pack.page(path)));
    const expected: Record<string, string> = {
      '強みA（国語 正答率）': `${path}#class-zenkoku-rate`,
      '課題B（算数 設問2）': `${path}#sansu-items`,
      '課題C（国語 領域A）': `${path}#kokugo-domains`,
      '課題D（承認）': `${path}#class-scales-2`,
      '課題E（質問01）': `${path}#class-questions`,
      '課題F（算数 無解答）': `${path}#sansu-no-answer`,
      '優先G（やり抜く力）': `${path}#priorities`,
    };
    for (const [text, href] of Object.entries(expected)) {
      expect(links.get(text), text).toBe(href);
      expect(resolves(pack, href), href).toBe(true);
    }
  });

  it('says why a small class has no sentences, and when a class has none to make', async () => {
    const small = pack.results.grades[0]!.classes.findIndex((c) => c.name === SMALL_CLASS) + 1;
    expect(textOf(pack.page(`g6-c0${small}.html`))).toContain(
      'この学級は人数が少ないため、数値から強み・課題の文は作っていません。',
    );
    const plain = await renderPack();
    expect(textOf(plain.page(`g6-c0${large}.html`))).toContain(
      'はっきり言える差はありませんでした。',
    );
  });
});
