import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../util/log.js';
import { cleanOcrText } from './clean.js';
import { isOcrReply, type OcrReply, type OcrRequest } from './protocol.js';

/** What reading one image gave: its text, no text at all, or nothing readable (never thrown). */
export type ImageReading =
  | { kind: 'text'; text: string }
  | { kind: 'no_text' }
  | { kind: 'unreadable'; reason: 'missing' | 'too_large' | 'not_an_image' | 'failed' | 'timeout' | 'busy' };

export interface ImageReaderOptions {
  /** One image's bound, model load included; past it the worker is ended and the image given up. */
  timeoutMs: number;
  /** The worker (and the model's memory) is ended after this long without an image. */
  idleMs: number;
  /** Larger files are not read. */
  maxBytes?: number;
  /** Images waiting beyond this are turned away at once rather than answered minutes late. */
  maxQueued?: number;
  log?: Logger;
  /** Starts the worker thread; tests give one of their own. */
  spawn?: () => Worker;
}

const MAX_BYTES = 20 * 2 ** 20;
const MAX_QUEUED = 8;
/** Fewer characters than this (after cleaning) is a photo with a stray sign, not a message. */
const MIN_CHARS = 2;

/** File signatures of the formats the engine decodes (sharp: PNG, JPEG, GIF, WebP, TIFF, AVIF/HEIF). */
const SIGNATURES: readonly ((b: Buffer) => boolean)[] = [
  (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  (b) => ['II*\0', 'MM\0*'].includes(b.subarray(0, 4).toString('latin1')),
  (b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
];

async function looksLikeImage(path: string): Promise<boolean> {
  const f = await open(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await f.read(head, 0, head.length, 0);
    const b = head.subarray(0, bytesRead);
    return SIGNATURES.some((is) => is(b));
  } finally {
    await f.close();
  }
}

/** The worker from src/ (through tsx, in development and tests) or from dist/ (compiled). */
export function spawnOcrWorker(threads = 1): Worker {
  const self = import.meta.url;
  const workerData = { threads };
  if (self.endsWith('.ts')) {
    const url = new URL('./worker.ts', self).href;
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url)}); })`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL('./worker.js', self), { workerData });
}

interface Pending {
  resolve: (r: OcrReply) => void;
}

/**
 * Reads images for the turn pipeline, off its thread: a worker thread holds the OCR model from
 * the first image until `idleMs` without one, one image at a time, each within `timeoutMs`.
 */
export class ImageReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly o: ImageReaderOptions) {}

  /** The model is in memory (tests and stats). */
  get loaded(): boolean {
    return this.worker !== null;
  }

  async read(path: string): Promise<ImageReading> {
    if (this.closed) return { kind: 'unreadable', reason: 'failed' };
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return { kind: 'unreadable', reason: 'missing' };
    if (info.size > (this.o.maxBytes ?? MAX_BYTES)) return { kind: 'unreadable', reason: 'too_large' };
    if (!(await looksLikeImage(path).catch(() => false))) return { kind: 'unreadable', reason: 'not_an_image' };
    if (this.queued >= (this.o.maxQueued ?? MAX_QUEUED)) return { kind: 'unreadable', reason: 'busy' };
    this.queued++;
    const run = this.queue.then(() => this.recognize(path));
    this.queue = run.catch(() => undefined);
    try {
      return await run;
    } catch (e) {
      this.o.log?.error({ err: e }, 'OCR: reading failed');
      return { kind: 'unreadable', reason: 'failed' };
    } finally {
      this.queued--;
    }
  }

  /** Ends the worker (the model's memory goes with it); later reads start a new one. */
  async unload(): Promise<void> {
    clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = null;
    for (const [id, p] of this.pending) p.resolve({ id, ok: false, error: 'worker ended' });
    this.pending.clear();
    if (w) await w.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.unload();
  }

  private async recognize(path: string): Promise<ImageReading> {
    clearTimeout(this.idleTimer);
    const worker = this.worker ?? this.start();
    const id = ++this.seq;
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const reply = await new Promise<OcrReply | 'timeout'>((resolve) => {
      this.pending.set(id, { resolve });
      // This timer also keeps the process alive while the (unref'd) worker reads.
      timer = setTimeout(() => resolve('timeout'), this.o.timeoutMs);
      worker.postMessage({ id, path } satisfies OcrRequest);
    });
    clearTimeout(timer);
    this.pending.delete(id);
    const ms = Math.round(performance.now() - t0);
    if (reply === 'timeout') {
      // A stuck or slow read would hold every later image: the worker goes, the next one is fresh.
      this.o.log?.warn({ ms }, 'OCR: image timed out, worker ended');
      await this.unload();
      return { kind: 'unreadable', reason: 'timeout' };
    }
    this.armIdle();
    if (!reply.ok) {
      this.o.log?.info({ ms, error: reply.error }, 'OCR: image could not be read');
      return { kind: 'unreadable', reason: 'failed' };
    }
    const text = cleanOcrText(reply.text);
    // Counts only: the text may hold personal data.
    this.o.log?.debug({ ms, chars: text.length }, 'OCR: image read');
    return text.replace(/\s/g, '').length < MIN_CHARS ? { kind: 'no_text' } : { kind: 'text', text };
  }

  private start(): Worker {
    const w = (this.o.spawn ?? spawnOcrWorker)();
    w.unref();
    w.on('message', (m: unknown) => {
      if (isOcrReply(m)) this.pending.get(m.id)?.resolve(m);
    });
    w.on('error', (err) => {
      this.o.log?.error({ err }, 'OCR: worker failed');
      if (this.worker === w) void this.unload();
    });
    w.on('exit', () => {
      if (this.worker !== w) return;
      this.worker = null;
      for (const [id, p] of this.pending) p.resolve({ id, ok: false, error: 'worker exited' });
      this.pending.clear();
    });
    this.worker = w;
    this.o.log?.info('OCR: loading the model');
    return w;
  }

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.queued > 0 || !this.worker) return;
      this.o.log?.info('OCR: idle, model unloaded');
      void this.unload();
    }, this.o.idleMs);
    this.idleTimer.unref();
  }
}
