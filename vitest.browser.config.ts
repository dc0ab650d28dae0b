import { defineConfig } from 'vitest/config';

// Real-browser tests (playwright-core + Debian's /usr/bin/chromium). One file at a time: each
// starts a server and a Chromium, and the CI box has two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
