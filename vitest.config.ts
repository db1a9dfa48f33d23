import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Test files share their worker's modules and its one app (test/helpers/app.ts): the app,
    // its content and models load once per worker instead of once per file (the suite's
    // start-up was most of its time). Files keep to their own users, rooms and databases.
    isolate: false,
    // Vitest's default on two cores is one worker; several files spend most of their time waiting
    // on the bot processes they start, so a third worker fills that time.
    maxWorkers: 3,
  },
});
