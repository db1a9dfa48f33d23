import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watch, type FSWatcher } from 'chokidar';
import { join } from 'node:path';
import { VerificationFlow } from '../dialogs/verification.js';
import { NluEngine } from '../nlu/engine.js';
import type { Logger } from '../util/log.js';
import { loadContentCached, type Content } from './load.js';

/** What the reloader swaps in, and where. */
export interface ReloadTarget {
  content: Content;
  nlu: NluEngine;
  bot: { replaceContent(nlu: NluEngine, flow: VerificationFlow): void };
}

export interface ReloadOptions {
  root: string;
  cacheDir: string;
  threshold: number;
  log: Logger;
  /** Quiet time after the last edit before a reload starts (an editor saves in bursts). */
  debounceMs?: number;
}

export type ReloadResult = { status: 'reloaded'; hash: string } | { status: 'unchanged' } | { status: 'rejected'; issues: string[] };

/**
 * Watches dialogs/ and intents/ and puts valid edits live without a restart. Validation and
 * training run in a child process (seconds of CPU the turns must not wait for); only loading the
 * trained models (from the cache the child wrote) happens here. An invalid edit is logged with
 * every problem, and the last good content keeps serving.
 */
export class ContentReloader {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ReloadResult> | null = null;
  private again = false;
  /** Resolves after each reload attempt, for tests and the console. */
  onResult: ((r: ReloadResult) => void) | null = null;
  /** The last attempt and when it finished: its issues are the content's current problems. */
  last: { result: ReloadResult; at: number } | null = null;

  constructor(
    private readonly target: ReloadTarget,
    private readonly o: ReloadOptions,
  ) {}

  /** Resolves once the watcher sees the files: edits from then on are caught. */
  start(): Promise<void> {
    const watcher = watch([join(this.o.root, 'dialogs'), join(this.o.root, 'intents')], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 200 } });
    this.watcher = watcher;
    watcher.on('all', (_event, path) => {
      if (!/\.ya?ml$/.test(path)) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), this.o.debounceMs ?? 500);
    });
    return new Promise((resolve) => watcher.once('ready', () => resolve()));
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.watcher?.close();
    await this.running;
  }

  /** One reload; an edit arriving meanwhile gets a reload of its own after this one. */
  reload(): Promise<ReloadResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.prepareAndSwap().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.running;
  }

  private async prepareAndSwap(): Promise<ReloadResult> {
    const prepared = await this.prepare();
    let result: ReloadResult;
    if (!prepared.ok) {
      this.o.log.error({ issues: prepared.issues }, `content edit rejected (${prepared.issues.length} problem(s)); the last good content keeps serving`);
      result = { status: 'rejected', issues: prepared.issues };
    } else if (prepared.hash === this.target.content.hash) {
      result = { status: 'unchanged' };
    } else {
      const content = loadContentCached(this.o.root, this.o.cacheDir);
      const nlu = NluEngine.create(content, { threshold: this.o.threshold, cacheDir: this.o.cacheDir, log: (m) => this.o.log.warn(m) });
      this.target.bot.replaceContent(nlu, new VerificationFlow(content));
      this.target.content = content;
      this.target.nlu = nlu;
      this.o.log.info({ content: content.hash }, 'content reloaded');
      result = { status: 'reloaded', hash: content.hash };
    }
    this.last = { result, at: Date.now() };
    this.onResult?.(result);
    return result;
  }

  private prepare(): Promise<{ ok: true; hash: string } | { ok: false; issues: string[] }> {
    // The same runtime as ours: compiled JavaScript beside us, or TypeScript through tsx.
    const ts = import.meta.url.endsWith('.ts');
    const script = fileURLToPath(new URL(`../cli/prepare-content.${ts ? 'ts' : 'js'}`, import.meta.url));
    const args = [...(ts ? ['--import', 'tsx'] : []), script, this.o.root, this.o.cacheDir, String(this.o.threshold)];
    return new Promise((resolve) => {
      execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (_err, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as { ok: true; hash: string } | { ok: false; issues: string[] });
        } catch {
          resolve({ ok: false, issues: [`content could not be prepared: ${stderr.trim().slice(-500)}`] });
        }
      });
    });
  }
}
