import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-app.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Test files share their worker's modules and its one app (test/helpers/app.ts): the app,
    // its content and models load once per worker instead of once per file (the suite's
    // start-up was most of its time). Files keep to their own users, rooms and databases.
    isolate: false,
    // One worker per core (Vitest's default leaves one core idle): files that wait on the bot
    // processes they start then leave the core to the other worker. A third worker here cost
    // more CPU (its own app and modules) than it won back in waiting.
    maxWorkers: '100%',
  },
});
