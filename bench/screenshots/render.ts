/**
 * Renders the scenes as phone screenshots in headless Chromium (Debian's /usr/bin/chromium,
 * fonts-noto-cjk), reproducibly: same scenes, same browser, same PNGs.
 *
 *   npx tsx bench/screenshots/render.ts                 # every scene → artifacts/screenshots/
 *   npx tsx bench/screenshots/render.ts --fixtures      # the test set → test/fixtures/screenshots/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { FIXTURE_IDS, SCENES, STATUS_TIME, type Scene } from './scenes.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As the machine's probe starts it: no background connections into a closed network. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function palette(dark: boolean) {
  return dark
    ? { bg: '#000', fg: '#fff', muted: '#8e8e93', bar: '#1c1c1e', inBubble: '#262628', outBubble: '#2e7d32', line: '#38383a' }
    : { bg: '#fff', fg: '#000', muted: '#8e8e93', bar: '#f7f7f7', inBubble: '#e9e9eb', outBubble: '#95ec69', line: '#e5e5ea' };
}

function body(s: Scene): string {
  const c = palette(s.dark === true);
  const status = `<div class="status"><b>${STATUS_TIME}</b><span class="icons">▮▮▮ ◔ ▭</span></div>`;
  const stamp = s.stamp ? `<div class="stamp">${esc(s.stamp)}</div>` : '';
  if (s.kind === 'calls') {
    const rows = (s.calls ?? [])
      .map((r) => `<div class="row"><div><div class="who">${esc(r.who)}</div><div class="note">${esc(r.note)}</div></div><div class="when">${esc(r.when)}</div></div>`)
      .join('');
    return `${status}<div class="big">${esc(s.title)}</div>${rows}`;
  }
  const chat = s.kind === 'chat';
  const bubbles = (s.bubbles ?? [])
    .map((b) => {
      const avatar = chat ? `<div class="avatar ${b.from}"></div>` : '';
      return `<div class="msg ${b.from}">${b.from === 'in' ? avatar : ''}<div class="bubble ${b.from}">${esc(b.text)}</div>${b.from === 'out' ? avatar : ''}</div>`;
    })
    .join('');
  const head = chat
    ? `<div class="head chat">‹ <span>${esc(s.title)}</span> ···</div>`
    : `<div class="head"><div class="circle"></div><div>${esc(s.title)}</div></div>`;
  return `${status}${head}${stamp}${bubbles}
<style>.bubble.out{background:${c.outBubble};color:${s.dark ? '#fff' : '#000'}}</style>`;
}

export function html(s: Scene): string {
  const c = palette(s.dark === true);
  const chat = s.kind === 'chat';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;background:${chat && !s.dark ? '#ededed' : c.bg};color:${c.fg};font-family:'Noto Sans CJK SC',sans-serif;font-size:17px;width:390px}
.status{display:flex;justify-content:space-between;padding:12px 26px 6px;font-size:15px}
.icons{letter-spacing:2px;font-size:12px}
.head{display:flex;flex-direction:column;align-items:center;gap:4px;padding:6px 0 10px;font-size:13px;border-bottom:1px solid ${c.line};background:${c.bar}}
.head.chat{flex-direction:row;justify-content:space-between;padding:10px 16px;font-size:17px}
.head.chat span{font-weight:600}
.circle{width:44px;height:44px;border-radius:50%;background:linear-gradient(#a5abb8,#858994)}
.stamp{text-align:center;color:${c.muted};font-size:12px;margin:14px 0 6px}
.msg{display:flex;gap:8px;margin:8px 12px;align-items:flex-start}
.msg.out{justify-content:flex-end}
.avatar{width:38px;height:38px;border-radius:5px;flex:none;background:${'#6b8fb8'}}
.avatar.out{background:#d9a36a}
.bubble{max-width:262px;padding:9px 12px;border-radius:${chat ? '5px' : '18px'};line-height:1.45;background:${chat && !s.dark ? '#fff' : c.inBubble}}
.big{font-size:30px;font-weight:700;padding:8px 16px 10px}
.row{display:flex;justify-content:space-between;align-items:center;padding:9px 16px;border-bottom:1px solid ${c.line}}
.who{font-size:17px;font-weight:600}
.note{font-size:13px;color:${c.muted};margin-top:2px}
.when{font-size:15px;color:${c.muted}}
</style></head><body>${body(s)}</body></html>`;
}

export async function renderScenes(scenes: readonly Scene[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const written: string[] = [];
  try {
    // Phone-sized at 2x, like a real screenshot; the page's own height, so no blank tail.
    const page = await browser.newPage({ viewport: { width: 390, height: 200 }, deviceScaleFactor: 2 });
    for (const s of scenes) {
      await page.setContent(html(s), { waitUntil: 'load' });
      // Runs in the page: every web font laid out before the shot.
      await page.evaluate('document.fonts.ready');
      const file = join(outDir, `${s.id}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
  } finally {
    await browser.close();
  }
  return written;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const fixtures = process.argv.includes('--fixtures');
  const scenes = fixtures ? SCENES.filter((s) => (FIXTURE_IDS as readonly string[]).includes(s.id)) : SCENES;
  const outDir = fixtures ? 'test/fixtures/screenshots' : 'artifacts/screenshots';
  const files = await renderScenes(scenes, outDir);
  writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(Object.fromEntries(scenes.map((s) => [s.id, s])), null, 2)}\n`);
  process.stderr.write(`${files.length} screenshots in ${outDir}\n`);
}
