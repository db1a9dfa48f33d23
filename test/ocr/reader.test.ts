/**
 * The screenshot reader with the real OCR worker on the generated fixtures
 * (bench/screenshots/render.ts --fixtures), and with stand-in workers for time-outs and idling.
 */
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ImageReader } from '../../src/ocr/reader.js';

const FIXTURES = 'test/fixtures/screenshots';
const tmp = mkdtempSync(join(tmpdir(), 'callguard-ocr-test-'));

describe('ImageReader with the OCR model', () => {
  const reader = new ImageReader({ timeoutMs: 60_000, idleMs: 60_000 });
  afterAll(() => reader.close());

  it('reads the text of an SMS screenshot: sender, message, link', async () => {
    const r = await reader.read(join(FIXTURES, 'sms-bank.png'));
    expect(r.kind).toBe('text');
    const text = r.kind === 'text' ? r.text : '';
    expect(text).toContain('【中国银行】您的账户存在异常');
    expect(text).toContain('http://boc-cn.top');
    expect(text).toContain('95566');
  }, 60_000);

  it('reads a chat screenshot with a wrapped bubble as one sentence', async () => {
    const r = await reader.read(join(FIXTURES, 'chat-police.png'));
    expect(r.kind === 'text' && r.text).toContain('把你名下的存款转到安全账户，核查完会退给你。');
  }, 60_000);

  it('turns away what is not an image, a missing file and a broken picture, and keeps working', async () => {
    const notImage = join(tmp, 'notes.png');
    writeFileSync(notImage, 'not a picture at all');
    const png = readFileSync(join(FIXTURES, 'sms-courier.png'));
    const broken = join(tmp, 'broken.png');
    writeFileSync(broken, png.subarray(0, 200));
    expect(await reader.read(notImage)).toEqual({ kind: 'unreadable', reason: 'not_an_image' });
    expect(await reader.read(join(tmp, 'gone.png'))).toEqual({ kind: 'unreadable', reason: 'missing' });
    expect(await reader.read(broken)).toEqual({ kind: 'unreadable', reason: 'failed' });
    const after = await reader.read(join(FIXTURES, 'sms-courier.png'));
    expect(after.kind === 'text' && after.text).toContain('菜鸟驿站');
  }, 60_000);

  it('finds no text in a blank picture', async () => {
    // A 1×1 white PNG.
    const blank = join(tmp, 'blank.png');
    writeFileSync(blank, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'));
    expect(await reader.read(blank)).toEqual({ kind: 'no_text' });
  }, 60_000);
});

/** A stand-in worker: answers every request with `text`, or never when `text` is null. */
function standIn(text: string | null): () => Worker {
  const code = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => { if (${JSON.stringify(text)} !== null) parentPort.postMessage({ id: m.id, ok: true, text: ${JSON.stringify(text)} }); });`;
  return () => new Worker(code, { eval: true });
}

describe('ImageReader, bounded', () => {
  const image = join(FIXTURES, 'sms-bank.png');

  it('gives up an image that takes too long, ends the worker, and reads the next one afresh', async () => {
    const spawn = vi.fn(standIn(null));
    // The bound includes starting the worker: under a loaded CI (the real model loads in another
    // file at the same time) a fresh thread alone took over 200 ms, failing the second read.
    const reader = new ImageReader({ timeoutMs: 2_000, idleMs: 60_000, spawn });
    expect(await reader.read(image)).toEqual({ kind: 'unreadable', reason: 'timeout' });
    expect(reader.loaded).toBe(false);
    spawn.mockImplementation(standIn('【银行】你好'));
    expect(await reader.read(image)).toEqual({ kind: 'text', text: '【银行】你好' });
    expect(spawn).toHaveBeenCalledTimes(2);
    await reader.close();
  });

  it('frees the model after the idle time, and loads it again for the next image', async () => {
    const spawn = vi.fn(standIn('截图里的字'));
    const reader = new ImageReader({ timeoutMs: 5_000, idleMs: 50, spawn });
    await reader.read(image);
    expect(reader.loaded).toBe(true);
    await vi.waitFor(() => expect(reader.loaded).toBe(false));
    expect(await reader.read(image)).toEqual({ kind: 'text', text: '截图里的字' });
    expect(spawn).toHaveBeenCalledTimes(2);
    await reader.close();
  });

  it('turns images away at once when too many wait', async () => {
    const reader = new ImageReader({ timeoutMs: 2_000, idleMs: 60_000, maxQueued: 1, spawn: standIn(null) });
    const first = reader.read(image);
    // The first is still being checked and queued when the second arrives.
    await vi.waitFor(() => expect(reader.loaded).toBe(true));
    expect(await reader.read(image)).toEqual({ kind: 'unreadable', reason: 'busy' });
    expect(await first).toEqual({ kind: 'unreadable', reason: 'timeout' });
    await reader.close();
  });
});
