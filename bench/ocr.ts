/**
 * OCR engines side by side on the generated screenshots (bench/screenshots/render.ts):
 * character error rate against the drawn text, time to load, time per image, and RSS.
 * Each engine runs in a child process of its own, so one's memory does not count for another.
 *
 *   npx tsx bench/screenshots/render.ts && npm run bench:ocr [-- engine ...]
 *   npm run bench:ocr -- --reader    # the bot's ImageReader: RSS before, loaded, and after unloading
 *
 * Engines: paddle (what src/ocr uses: PP-OCRv4 through @gutenye/ocr-node, one thread, images
 * scaled as the bot does), paddle-2threads, and tesseract.js 7 with either chi_sim model of
 * @tesseract.js-data/chi_sim (not dependencies; to compare:
 * `npm install --no-save tesseract.js@7.0.0 @tesseract.js-data/chi_sim@1.0.0`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanOcrText } from '../src/ocr/clean.js';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { OcrEngine } from '../src/ocr/engine.js';
import { ImageReader } from '../src/ocr/reader.js';
import { sceneText, type Scene } from './screenshots/scenes.js';

const DIR = 'artifacts/screenshots';
const ENGINES = ['paddle', 'paddle-2threads', 'tesseract-best-int', 'tesseract-standard'] as const;
type EngineName = (typeof ENGINES)[number];

interface ImageResult {
  id: string;
  ms: number;
  cer: number;
  text: string;
}
interface EngineResult {
  engine: EngineName;
  loadMs: number;
  images: ImageResult[];
  rssMb: number;
}

/** Levenshtein distance over code points. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** Compared without whitespace and with full- and half-width forms folded (，→ ,). */
const comparable = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

interface TesseractWorker {
  recognize(image: string): Promise<{ data: { text: string } }>;
  setParameters(p: Record<string, string>): Promise<unknown>;
}

async function tesseract(model: '4.0.0_best_int' | '4.0.0'): Promise<OcrEngine> {
  // Names in variables: the packages are not dependencies, only installed to compare.
  const name = 'tesseract.js';
  const data = '@tesseract.js-data/chi_sim/package.json';
  const mod = (await import(name)) as { createWorker(lang: string, oem: number, o: object): Promise<TesseractWorker> };
  const langPath = join(dirname(createRequire(import.meta.url).resolve(data)), model);
  const w = await mod.createWorker('chi_sim', 1, { langPath, gzip: true, cacheMethod: 'none' });
  // Automatic page segmentation: its best setting on these screens (tried against single-block).
  await w.setParameters({ tessedit_pageseg_mode: '3' });
  return { recognize: async (p) => (await w.recognize(p)).data.text };
}

async function engineFor(name: EngineName): Promise<OcrEngine> {
  // Imported here: --reader measures the bot's process, which never loads the engine itself.
  const { createPaddleEngine } = await import('../src/ocr/engine.js');
  if (name === 'paddle') return createPaddleEngine({ threads: 1 });
  if (name === 'paddle-2threads') return createPaddleEngine({ threads: 2 });
  return tesseract(name === 'tesseract-standard' ? '4.0.0' : '4.0.0_best_int');
}

async function runOne(engine: EngineName): Promise<EngineResult> {
  const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as Record<string, Scene>;
  const t0 = performance.now();
  const ocr = await engineFor(engine);
  const ids = readdirSync(DIR).filter((f) => f.endsWith('.png')).map((f) => f.replace(/\.png$/, '')).sort();
  const images: ImageResult[] = [];
  let loadMs = 0;
  let peak = 0;
  for (const [i, id] of ids.entries()) {
    const t = performance.now();
    const text = cleanOcrText(await ocr.recognize(join(DIR, `${id}.png`)));
    const ms = performance.now() - t;
    // The first image pays for loading the model: counted as load, then read again for its time.
    if (i === 0) {
      loadMs = performance.now() - t0;
      const t2 = performance.now();
      await ocr.recognize(join(DIR, `${id}.png`));
      images.push(result(id, performance.now() - t2, text, truth));
    } else images.push(result(id, ms, text, truth));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { engine, loadMs, images, rssMb: peak / 2 ** 20 };
}

function result(id: string, ms: number, text: string, truth: Record<string, Scene>): ImageResult {
  const scene = truth[id];
  if (!scene) throw new Error(`no truth for ${id}`);
  const want = comparable(sceneText(scene).join(''));
  return { id, ms, text, cer: distance(comparable(text), want) / [...want].length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The process's RSS around the bot's own reader: idle, loaded, after every image, unloaded. */
async function readerMemory(): Promise<void> {
  const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.png')).sort();
  const reader = new ImageReader({ timeoutMs: 60_000, idleMs: 3_600_000 });
  const before = rss();
  const t0 = performance.now();
  await reader.read(join(DIR, files[0]!));
  const first = performance.now() - t0;
  const loaded = rss();
  const times: number[] = [];
  for (const f of files) {
    const t = performance.now();
    await reader.read(join(DIR, f));
    times.push(performance.now() - t);
  }
  const peak = rss();
  await reader.unload();
  global.gc?.();
  await new Promise((r) => setTimeout(r, 1_000));
  const after = rss();
  console.log(`ImageReader: RSS ${before} MB before, ${loaded} MB after the first image (${Math.round(first)} ms, model load included), ${peak} MB after ${files.length} more, ${after} MB after unloading; per image median ${Math.round(median(times))} ms, max ${Math.round(Math.max(...times))} ms`);
}

if (process.argv[2] === '--reader') {
  await readerMemory();
} else if (process.argv[2] === '--child') {
  const r = await runOne(process.argv[3] as EngineName);
  // An engine's own worker (tesseract.js) would keep the process alive.
  process.stdout.write(JSON.stringify(r), () => process.exit(0));
} else {
  const asked = process.argv.slice(2).filter((a): a is EngineName => (ENGINES as readonly string[]).includes(a));
  const results: EngineResult[] = [];
  for (const engine of asked.length ? asked : ENGINES) {
    try {
      const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', engine], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
      results.push(JSON.parse(out) as EngineResult);
    } catch (e) {
      process.stderr.write(`${engine}: skipped (${e instanceof Error ? e.message.split('\n')[0] : String(e)})\n`);
    }
  }
  const lines = [
    '| engine | CER all (mean) | CER Chinese screens (mean) | worst | load + first image | per image (median / max) | RSS peak |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => {
      const zh = r.images.filter((i) => i.id !== 'sms-english');
      const mean = (xs: ImageResult[]) => xs.reduce((s, i) => s + i.cer, 0) / xs.length;
      const worst = r.images.reduce((a, b) => (b.cer > a.cer ? b : a));
      const ms = r.images.map((i) => i.ms);
      return `| ${r.engine} | ${pct(mean(r.images))} | ${pct(mean(zh))} | ${worst.id} ${pct(worst.cer)} | ${Math.round(r.loadMs)} ms | ${Math.round(median(ms))} / ${Math.round(Math.max(...ms))} ms | ${Math.round(r.rssMb)} MB |`;
    }),
  ];
  const detail = results.flatMap((r) => [`\n### ${r.engine}\n`, ...r.images.map((i) => `- ${i.id}: CER ${pct(i.cer)}, ${Math.round(i.ms)} ms — ${JSON.stringify(i.text.replace(/\n/g, ' / '))}`)]);
  const report = `# OCR on generated screenshots\n\n${results[0]?.images.length ?? 0} screenshots from bench/screenshots/render.ts, ${new Date().toISOString().slice(0, 10)}, 2 shared cores.\n\n${lines.join('\n')}\n${detail.join('\n')}\n`;
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/ocr-bench.md', report);
  process.stdout.write(`${lines.join('\n')}\n(details in reports/ocr-bench.md)\n`);
}
