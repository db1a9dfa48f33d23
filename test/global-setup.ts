import { loadConfig } from '../src/config/load.js';
import { createApp } from '../src/app.js';
import { silentLogger } from '../src/util/log.js';

/**
 * Trains the models once, before any test file starts, and leaves them in the on-disk cache: test
 * files then load them in milliseconds instead of each training its own inside a test's timeout.
 */
export default function setup(): void {
  createApp(loadConfig({}), silentLogger);
}
