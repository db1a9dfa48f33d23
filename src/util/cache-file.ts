import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fingerprint of the source files next to `moduleUrl`: a cache built by one version of the code
 * is never reused by another (no hand-bumped version numbers to forget).
 */
export function sourceFingerprint(moduleUrl: string): string {
  // Compiled code in dist/ is keyed by the TypeScript it was built from, so the bot (dist/) and the
  // tests (src/) share one cache instead of evicting each other's.
  const here = dirname(fileURLToPath(moduleUrl));
  const source = here.replace(/([/\\])dist([/\\])/, '$1src$2');
  const dir = source !== here && existsSync(source) ? source : here;
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

/**
 * Reads a JSON cache file; undefined when missing, unreadable, or not of the shape `valid` checks
 * (a cache edited by hand or cut short is rebuilt, never trusted).
 */
export function readCache<T>(file: string, valid: (x: unknown) => x is T): T | undefined {
  try {
    const x: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return valid(x) ? x : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** An object with every one of `keys`: enough to tell a cache of ours from a broken file. */
export function hasKeys<K extends string>(x: unknown, keys: readonly K[]): x is Record<K, unknown> {
  return isObject(x) && keys.every((k) => k in x);
}

/**
 * Reads a binary cache file and decodes it; undefined when missing, or when `decode` throws or
 * its result is not of the shape `valid` checks.
 */
export function readBinaryCache<T>(file: string, decode: (bytes: Buffer) => unknown, valid: (x: unknown) => x is T): T | undefined {
  try {
    const x = decode(readFileSync(file));
    return valid(x) ? x : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a JSON cache file: see writeCacheBytes. */
export function writeCache(file: string, prefix: string, value: unknown): Error | undefined {
  return writeCacheBytes(file, prefix, JSON.stringify(value));
}

/**
 * Older files of one prefix kept beside the newest. One would do for a single checkout, but an
 * operator trying an edit and undoing it, or a developer switching branches, would then evict the
 * models the other state needs and wait out a full training (30 s and more) on the next first
 * message; three deed model sets are about 40 MB.
 */
export const CACHE_GENERATIONS = 3;

/**
 * Writes a cache file atomically and removes the files of the same `prefix` in its folder beyond
 * the CACHE_GENERATIONS most recently written.
 * A failure (read-only disk) only costs the next start-up time, so it is reported, not thrown.
 */
export function writeCacheBytes(file: string, prefix: string, bytes: string | Uint8Array): Error | undefined {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    const older = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && join(dir, f) !== file && /\.(json|bin)$/.test(f))
      .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const f of older.slice(CACHE_GENERATIONS - 1)) unlinkSync(f.path);
    return undefined;
  } catch (e) {
    return e as Error;
  }
}
