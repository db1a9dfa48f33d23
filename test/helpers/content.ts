import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary copies of dialogs/ and intents/ for tests that edit content; remove with cleanup(). */
export function contentCopies(prefix: string): { copy(): string; cleanup(): void } {
  const dirs: string[] = [];
  return {
    copy() {
      const d = mkdtempSync(join(tmpdir(), prefix));
      cpSync('dialogs', join(d, 'dialogs'), { recursive: true });
      cpSync('intents', join(d, 'intents'), { recursive: true });
      dirs.push(d);
      return d;
    },
    cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}
