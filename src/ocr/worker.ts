/**
 * The OCR worker thread: loads the model on its first request and answers each with the text.
 * Started and ended by ImageReader (src/ocr/reader.ts); ending the thread frees the model.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPaddleEngine, type OcrEngine } from './engine.js';
import { isOcrRequest, type OcrReply } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/ocr/worker.ts runs as a worker thread only');
const threads = typeof workerData === 'object' && workerData !== null && 'threads' in workerData && typeof workerData.threads === 'number' ? workerData.threads : 1;

let engine: Promise<OcrEngine> | null = null;

port.on('message', (m: unknown) => {
  if (!isOcrRequest(m)) return;
  engine ??= createPaddleEngine({ threads });
  engine
    .then((e) => e.recognize(m.path))
    .then(
      (text): OcrReply => ({ id: m.id, ok: true, text }),
      (e: unknown): OcrReply => ({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    )
    .then((reply) => port.postMessage(reply));
});
