import { beforeAll } from 'vitest';
import { testApp } from './helpers/app.js';

// The app the test files share starts in a hook, never inside a test's own time-out (it is made
// once per worker: files after the first get the same one at once).
beforeAll(async () => {
  await testApp();
});
