/**
 * An image message saved to a private temporary file for the turn that reads it (OCR of
 * screenshots), and deleted when the turn is over: screenshots hold personal data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from 'wechaty';
import type { IncomingMessage } from '../../pipeline/message.js';

export interface Attached {
  incoming: IncomingMessage & { file?: string };
  release(): Promise<void>;
}

const DOWNLOAD_TIMEOUT_MS = 15_000;

/** For an image: the message with `file` set; otherwise, or if the download fails, the message as it was. */
export async function attachImage(msg: Pick<Message, 'toFileBox'>, incoming: IncomingMessage, onError: (err: unknown) => void): Promise<Attached> {
  const unchanged: Attached = { incoming, release: async () => {} };
  if (incoming.type !== 'image') return unchanged;
  const dir = await mkdtemp(join(tmpdir(), 'callguard-image-'));
  const release = () => rm(dir, { recursive: true, force: true });
  const file = join(dir, 'image');
  try {
    const download = (async () => (await msg.toFileBox()).toFile(file, true))();
    await Promise.race([download, new Promise((_, reject) => setTimeout(() => reject(new Error('image download timed out')), DOWNLOAD_TIMEOUT_MS).unref())]);
    return { incoming: { ...incoming, file }, release };
  } catch (err) {
    onError(err);
    await release();
    return unchanged;
  }
}
