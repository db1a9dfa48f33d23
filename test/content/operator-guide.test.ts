/**
 * docs/operators.md, "Add a scam type", done exactly as the guide says on a copy of the content:
 * the guide, examples and a conversation test are added, validated, and live in a running bot
 * without a restart — and in its operator console, which first lists the mistake of a bad edit.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import { loadContent } from '../../src/content/load.js';
import { ContentReloader, type ReloadResult } from '../../src/content/reload.js';
import { startConsole } from '../../src/console/server.js';
import { loadConversations, play } from '../../src/testing/conversations.js';
import { silentLogger } from '../../src/util/log.js';
import { consoleChat, inspectionOf } from '../helpers/console.js';
import { contentCopies } from '../helpers/content.js';

const copies = contentCopies('callguard-guide-');
afterEach(copies.cleanup);

const GUIDE = `  game_trade:
    name: { zh: 网络游戏虚假交易, en: fake game-item trade }
    now:
      zh: 别转钱，别去对方给的链接或平台交易。拿不准就打 96110。
      en: "Send no money and don't trade through their link or site. If unsure, call 96110."
    facts:
      - zh: 网络游戏产品虚假交易是公安部公布的高发诈骗类型之一。
        en: Fake game-item trades are on the Ministry of Public Security's list of the most common scams.
    actions:
      - zh: 不转钱，不点对方发来的链接。
        en: Don't send money or open their links.
      - zh: 拿不准就打 96110 问问。
        en: If unsure, call 96110.
    hotlines: [anti_fraud_96110, police_110]

`;
const EXAMPLES = [
  '游戏里有人要买我的装备 让我去他给的网站交易 还要先交保证金',
  '有个玩家说高价收我的游戏账号 要我在他发的链接里登记 还说要先付解冻费',
  '打游戏的时候有人私聊我 说便宜卖皮肤 让我扫码付款到他的平台',
  '他说是游戏交易平台客服 我的账号交易被冻结了 要交钱才能解冻提现',
  'someone in the game wants to buy my items and told me to trade on his website and pay a deposit first',
  'a player offered a high price for my game account but I had to pay an unfreezing fee on his site',
  '遊戲裡有人要收我的裝備 叫我去他的網站交易 要先付保證金',
  '我儿子玩游戏 有人说卖便宜的游戏币 让他先转账到私人账户',
].map((t) => `  - text: ${t}\n    scamType: game_trade\n`);
const TEST = `description: Fake game-item trades.
conversations:
  - id: game-trade-seller
    tags: [zh, game_trade]
    turns:
      - say: 游戏里有人要买我的装备，让我去他给的网站交易，还要我先交保证金
        expect:
          risk: [high, medium]
          scamType: [game_trade]
          includes: [now.game_trade]
          urgent: false
`;

describe('the operator guide', () => {
  it('adds a scam type that is validated, tested and live without a restart', async () => {
    const root = copies.copy();
    if (existsSync('.cache/nlu')) cpSync('.cache/nlu', join(root, '.cache/nlu'), { recursive: true });
    const app = await createApp(loadConfig({ STORAGE: 'memory', CONTENT_DIR: root }), silentLogger, { sweepEveryMs: 0 });
    const reloader = new ContentReloader(app, { root, cacheDir: join(root, '.cache/nlu'), threshold: 0.45, log: silentLogger, debounceMs: 300 });
    const operatorConsole = await startConsole(app, { port: 0, host: '127.0.0.1', token: '', nluReport: join(root, 'none.json'), reloader }, silentLogger);
    const nextResult = () => new Promise<ReloadResult>((resolve) => (reloader.onResult = resolve));
    const overview = async () => (await (await fetch(`${operatorConsole.url}api/overview`)).json()) as { content: { scamTypes: { id: string }[] }; issues: string[] };
    try {
      await reloader.start();
      // 1. The guide — first with a typo in a hotline id: the console lists the problem, and the
      // bot keeps serving what it had.
      const types = join(root, 'dialogs', 'scam-types.yaml');
      const original = readFileSync(types, 'utf8');
      const rejected = nextResult();
      writeFileSync(types, original.replace('\n  other:\n', `\n${GUIDE.replace('anti_fraud_96110', 'anti_fraud_9611')}  other:\n`));
      expect(await rejected).toMatchObject({ status: 'rejected' });
      const bad = await overview();
      expect(bad.issues.join('\n')).toContain('anti_fraud_9611');
      expect(bad.content.scamTypes.map((t) => t.id)).not.toContain('game_trade');
      const reloaded = nextResult();
      // 1-2. The guide as written, and the examples.
      writeFileSync(types, original.replace('\n  other:\n', `\n${GUIDE}  other:\n`));
      appendFileSync(join(root, 'intents', 'training', 'describe_call.yaml'), EXAMPLES.join(''));
      // 4. The conversation test.
      mkdirSync(join(root, 'conversations'));
      writeFileSync(join(root, 'conversations', 'game-trade.yaml'), TEST);

      // 5. Validated…
      expect(loadContent(root).scamTypes.game_trade).toBeDefined();
      const tests = loadConversations(join(root, 'conversations'));
      expect(tests.issues).toEqual([]);
      // …and live in the running bot, which passes the new test.
      expect(await reloaded).toMatchObject({ status: 'reloaded' });
      const problems = await play(tests.sets[0]!.conversations[0]!, 'guide', (m) => app.adapter.process(m));
      expect(problems).toEqual([]);
      // …and in the console: listed, no problem left, and a chat there finds the new type.
      const good = await overview();
      expect(good.issues).toEqual([]);
      expect(good.content.scamTypes.map((t) => t.id)).toContain('game_trade');
      const turn = inspectionOf(await consoleChat(operatorConsole.url, '游戏里有人要买我的装备，让我去他给的网站交易，还要我先交保证金'));
      expect(turn.scamType).toBe('game_trade');
      expect(turn.responses).toContain('now.game_trade');
    } finally {
      await operatorConsole.close();
      await reloader.stop();
      await app.close();
    }
  }, 180_000);
});
