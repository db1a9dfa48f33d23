import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Turns an id (a WeChat id, a room, a storage key) into a pseudonym no list of ids can reverse. */
export type IdHasher = (id: string) => string;

/**
 * HMAC-SHA256 under the deployment's secret, cut to 128 bits (base64url, 22 characters): without
 * the secret a list of WeChat ids cannot be matched to our rows or logs, and collisions are
 * out of reach at any number of people.
 */
export function idHasher(secret: string): IdHasher {
  return (id) => createHmac('sha256', secret).update(id).digest().subarray(0, 16).toString('base64url');
}

/**
 * The secret: from configuration, else (embedded engine) made once and kept beside the database
 * file, readable by us alone. Kept out of the database so that a copy of it is not enough.
 */
export function loadIdSecret(configured: string, dataDir: string | null): string {
  if (configured) return configured;
  if (dataDir === null) return randomBytes(32).toString('base64url');
  const file = join(dataDir, 'id-secret');
  if (!existsSync(file)) {
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    } catch (e) {
      // Another process made it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
