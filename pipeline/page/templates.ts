/**
 * The page template and its partials, read from templates/ and compiled once per process in a
 * Handlebars environment of their own. Compiled in strict mode: a field the view lacks is an
 * error, not an empty string. `{{ }}` escapes every value; only chart SVG uses `{{{ }}}`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { projectRoot } from '../shared/paths.js';
import type { PageView } from './view.js';

/** The view the page template reads: a page and its CSS-safe running head. */
export type PageTemplateInput = PageView & { chrome: PageView['chrome'] & { runningHead: string } };

let compiled: Handlebars.TemplateDelegate<PageTemplateInput> | null = null;

/** The folder of the templates: `templates/` at the project root. */
export function templatesDir(): string {
  return join(projectRoot(), 'templates');
}

/**
 * The compiled page template. Partials are every `templates/partials/*.hbs`, named after their
 * file, and `stylesheet`, the contents of `templates/karte.css`.
 */
export function pageTemplate(): Handlebars.TemplateDelegate<PageTemplateInput> {
  if (compiled) return compiled;
  const dir = templatesDir();
  const env = Handlebars.create();
  const options = { strict: true };
  env.registerPartial('stylesheet', readFileSync(join(dir, 'karte.css'), 'utf8'));
  for (const file of readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.hbs'))) {
    const source = readFileSync(join(dir, 'partials', file), 'utf8');
    env.registerPartial(basename(file, '.hbs'), env.compile(source, options));
  }
  compiled = env.compile<PageTemplateInput>(readFileSync(join(dir, 'page.hbs'), 'utf8'), options);
  return compiled;
}

/**
 * Text as the body of a double-quoted CSS string: every ASCII character other than a letter,
 * digit or space becomes a hex escape, so neither CSS nor HTML escaping can change its meaning.
 */
export function cssString(text: string): string {
  return text.replace(/[^\w ]/gu, (ch) =>
    ch.charCodeAt(0) < 0x80 ? `\\${ch.charCodeAt(0).toString(16)} ` : ch,
  );
}

/**
 * A whole page's HTML. Its printed sheets carry a running head naming the school, the page (so a
 * loose sheet of 6年1組 says so) and the edition and date.
 */
export function renderPage(view: PageView): string {
  const { schoolName, pageName, subtitle } = view.chrome;
  const runningHead = cssString([schoolName, pageName, subtitle].join('\u3000'));
  return pageTemplate()({ ...view, chrome: { ...view.chrome, runningHead } });
}
