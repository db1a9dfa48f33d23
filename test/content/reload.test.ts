import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import { ContentReloader, type ReloadResult } from '../../src/content/reload.js';
import { silentLogger } from '../../src/util/log.js';
import { contentCopies } from '../helpers/content.js';
import { talk } from '../helpers/app.js';

const copies = contentCopies('callguard-reload-');
afterEach(copies.cleanup);

/** A running bot on a copy of the content (with the trained models, so it starts at once). */
async function liveBot() {
  const root = copies.copy();
  if (existsSync('.cache/nlu')) cpSync('.cache/nlu', join(root, '.cache/nlu'), { recursive: true });
  const app = await createApp(loadConfig({ STORAGE: 'memory', CONTENT_DIR: root }), silentLogger, { sweepEveryMs: 0 });
  const reloader = new ContentReloader(app, { root, cacheDir: join(root, '.cache/nlu'), threshold: 0.45, log: silentLogger, debounceMs: 100 });
  const results: ReloadResult[] = [];
  const next = () => new Promise<ReloadResult>((resolve) => (reloader.onResult = (r) => (results.push(r), resolve(r))));
  await reloader.start();
  return { root, app, reloader, next, stop: async () => (await reloader.stop(), await app.close()) };
}

describe('content edits while the bot runs', () => {
  it('go live without a restart, and a broken edit is refused while the last good content keeps serving', async () => {
    const bot = await liveBot();
    try {
      const messages = join(bot.root, 'dialogs', 'messages.yaml');
      const original = readFileSync(messages, 'utf8');
      const [before] = await talk(bot.app, ['你好']);
      expect(before!.responses).toEqual(['welcome']);

      const edited = bot.next();
      writeFileSync(messages, original.replace('你好！我是一个防骗小助手', '您好！我是社区的防骗小助手'));
      expect((await edited).status).toBe('reloaded');
      const [after] = await talk(bot.app, ['你好']);
      expect(after!.replies[0]).toMatch(/^您好！我是社区的防骗小助手/);

      const broken = bot.next();
      writeFileSync(messages, original.replace('  welcome:', '  welcome_renamed:'));
      const refused = await broken;
      expect(refused.status).toBe('rejected');
      expect(refused.status === 'rejected' && refused.issues.join('\n')).toMatch(/welcome/);
      const [still] = await talk(bot.app, ['你好']);
      expect(still!.replies[0]).toMatch(/^您好！我是社区的防骗小助手/);
    } finally {
      await bot.stop();
    }
  }, 90_000);
});
