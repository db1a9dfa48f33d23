/**
 * `npm run bench:verdicts`: how long the first message of each verdict is, over every
 * conversation in test/conversations/ (the first turn of each conversation that gets a verdict), by language. The
 * target is a phone screen: at most 150 characters in Chinese, 350 in English, 6 lines.
 * Figures, not tests.
 */
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/load.js';
import { loadConversations } from '../src/testing/conversations.js';
import { silentLogger } from '../src/util/log.js';

const app = await createApp(loadConfig({ STORAGE: 'memory' }), silentLogger, { sweepEveryMs: 0 });
const stories = loadConversations('test/conversations').sets.flatMap((s) => s.conversations);

const lengths: Record<'zh' | 'en', number[]> = { zh: [], en: [] };
const lines: number[] = [];
for (const s of stories) {
  for (const t of s.turns) {
    if (t.room) break;
    const out = await app.adapter.process({ user: `len-${s.id}`, text: t.say, type: 'text' });
    const at = out.responses.findIndex((k) => /^verdict_(?:high|medium)/.test(k));
    if (at < 0) continue;
    // A leading "don't send me your codes" note is its own message: the verdict is the next one.
    const first = ['no_personal_data', 'input_too_long'].includes(out.responses[0]!) ? out.replies[1]! : out.replies[0]!;
    const lang = /[\u3400-\u9fff]/.test(first) ? 'zh' : 'en';
    lengths[lang].push(first.length);
    if (process.env.SHOW && first.length > (lang === "zh" ? 150 : 350)) console.log(first.length, JSON.stringify(out.responses), first.slice(0, 200));
    lines.push(first.split('\n').length);
    break;
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const over = (xs: number[], n: number) => xs.filter((x) => x > n).length;
console.log(`verdict first messages: zh ${lengths.zh.length}, median ${median(lengths.zh)} characters, max ${Math.max(...lengths.zh)}, over 150: ${over(lengths.zh, 150)}`);
console.log(`verdict first messages: en ${lengths.en.length}, median ${median(lengths.en)} characters, max ${Math.max(...lengths.en)}, over 350: ${over(lengths.en, 350)}`);
console.log(`lines: median ${median(lines)}, max ${Math.max(...lines)}, over 6: ${over(lines, 6)}`);
