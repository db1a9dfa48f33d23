import { createHmac, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { conversationKey, type IncomingMessage } from './message.js';

export interface RepeatOptions {
  windowMs: number;
  /** Shorter texts ("是", "没有", "ok") answer the bot's questions and may well repeat. */
  minChars: number;
  now: () => number;
  /** Recent answered texts remembered per conversation. */
  remembered?: number;
}

/**
 * Identical repeated messages are answered once: the same text from the same person in the same
 * chat within the window gets no second answer (a flood of one text, or a re-sent forward).
 */
export class RepeatFilter {
  private readonly seen: LRUCache<string, Map<string, number>>;
  /**
   * Texts are remembered only as keyed digests: ten minutes of what people wrote (codes, card
   * numbers before redaction) never sits in memory as text. The key lives and dies with the process.
   */
  private readonly key = randomBytes(32);

  constructor(private readonly o: RepeatOptions) {
    this.seen = new LRUCache({ max: 10_000 });
  }

  isRepeat(m: IncomingMessage): boolean {
    const text = this.normalise(m);
    if (text === undefined) return false;
    const at = this.seen.get(conversationKey(m))?.get(text);
    return at !== undefined && this.o.now() - at < this.o.windowMs;
  }

  /** Remembers a message the bot answered. */
  answered(m: IncomingMessage): void {
    const text = this.normalise(m);
    if (text === undefined) return;
    const key = conversationKey(m);
    const texts = this.seen.get(key) ?? new Map<string, number>();
    texts.delete(text);
    texts.set(text, this.o.now());
    while (texts.size > (this.o.remembered ?? 5)) texts.delete(texts.keys().next().value!);
    this.seen.set(key, texts);
  }

  /** The text as compared (width, case and spacing ignored); undefined: never a repeat. */
  private normalise(m: IncomingMessage): string | undefined {
    if (m.type !== 'text') return undefined;
    const t = m.text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
    return [...t].length >= this.o.minChars ? createHmac('sha256', this.key).update(t).digest('base64url') : undefined;
  }
}
