import { configDefaults, defineConfig } from 'vitest/config';

// Tests run in a fixed time zone and locale so that dates and number formats are repeatable.
process.env.TZ = 'Asia/Tokyo';
process.env.LANG = 'ja_JP.UTF-8';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Tests of the browser tests' own helpers need no browser: *.unit.test.ts.
          exclude: [...configDefaults.exclude, 'tests/browser/**/!(*.unit).test.ts'],
        },
      },
      {
        // Browser tests share one build of the bundled sample, made by the global setup only
        // when a browser test is about to run.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/browser/**/*.unit.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
        },
      },
    ],
  },
});
