import { describe, expect, it } from 'vitest';
import { cssString, pageTemplate } from '../../pipeline/page/templates.js';

describe('cssString', () => {
  it('hex-escapes every ASCII character but letters, digits and spaces', () => {
    expect(cssString('A小学校 "x"\\')).toBe('A小学校 \\22 x\\22 \\5c ');
    expect(cssString('</style>')).toBe('\\3c \\2f style\\3e ');
  });
});

describe('pageTemplate', () => {
  it('compiles the templates once per process and reuses them', () => {
    expect(pageTemplate()).toBe(pageTemplate());
  });
});
