import { defineConfig } from 'vitest/config';

// Tests run in a fixed time zone and locale so that dates and number formats are repeatable.
process.env.TZ = 'Asia/Tokyo';
process.env.LANG = 'ja_JP.UTF-8';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
