import pino, { type Logger } from 'pino';
import { createRequire } from 'node:module';

export type { Logger };

export interface LogOptions {
  level: string;
  format: 'auto' | 'json' | 'pretty';
}

/**
 * Logs always go to stderr: stdout belongs to the JSON-lines contract and the terminal chat.
 * Message texts never go into logs above debug level: they may hold personal data.
 */
export function createLogger(opts: LogOptions): Logger {
  const pretty = opts.format === 'pretty' || (opts.format === 'auto' && process.stderr.isTTY === true);
  if (pretty) {
    // Loaded on demand: pino-pretty costs start-up time that JSON logging does not need.
    const require = createRequire(import.meta.url);
    const pinoPretty = require('pino-pretty') as (o: object) => NodeJS.WritableStream;
    return pino({ level: opts.level }, pinoPretty({ destination: 2, sync: true, colorize: true }));
  }
  return pino({ level: opts.level }, pino.destination({ fd: 2, sync: true }));
}

export const silentLogger: Logger = pino({ level: 'silent' });
