import { conversationKey, type IncomingMessage } from './message.js';

/**
 * Stories in several messages: people on a phone send a story as a run of short messages. The
 * messages one person sends in one chat within `windowMs` of each other are judged together as
 * one turn, their texts joined in order, and answered once. Nothing is dropped or reordered:
 * a message that arrives while that person's turn runs starts the next batch, a picture or voice
 * message closes the texts before it and is a turn of its own, and a message that `closesNow`
 * (it tells of money or a code already gone) does not wait out the window.
 */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface BatcherOptions<R> {
  windowMs: number;
  /** A batch is answered at the latest this long after its first message, typing or not. */
  maxWaitMs?: number;
  /** A batch of this many messages is answered without waiting for more. */
  maxParts?: number;
  /** Runs one batch as one message; `parts` are the messages it was made of, in order. */
  run: (combined: IncomingMessage, parts: readonly IncomingMessage[]) => Promise<R>;
  /** Joins two or more text messages into one. */
  combine: (parts: readonly IncomingMessage[]) => IncomingMessage;
  /** This message should be answered at once, with what came before it. */
  closesNow?: (m: IncomingMessage) => boolean;
  timers?: Timers;
  now?: () => number;
}

/** What one message got: the answer of the batch it was part of, and where it stood in it. */
export interface Batched<R> {
  result: R;
  part: number;
  of: number;
}

interface Waiting<R> {
  message: IncomingMessage;
  at: number;
  resolve: (b: Batched<R>) => void;
  reject: (e: unknown) => void;
}

interface Conversation<R> {
  waiting: Waiting<R>[];
  /** The window has closed on what is waiting. */
  due: boolean;
  running: boolean;
  timer: unknown;
}

export class StoryBatcher<R> {
  private readonly conversations = new Map<string, Conversation<R>>();
  private readonly timers: Timers;
  private readonly now: () => number;

  /** Without a window every message is a turn of its own, even one that waited for a running turn. */
  private get maxParts(): number {
    return this.o.windowMs > 0 ? (this.o.maxParts ?? 20) : 1;
  }

  constructor(private readonly o: BatcherOptions<R>) {
    this.timers = o.timers ?? realTimers;
    this.now = o.now ?? Date.now;
  }

  /** Messages waiting for their window to close or for a running turn, plus running turns. */
  get busy(): number {
    let n = 0;
    for (const c of this.conversations.values()) n += c.waiting.length + (c.running ? 1 : 0);
    return n;
  }

  /** Messages of this one's conversation not yet taken into a turn. */
  waiting(m: IncomingMessage): number {
    return this.conversations.get(conversationKey(m))?.waiting.length ?? 0;
  }

  submit(message: IncomingMessage): Promise<Batched<R>> {
    const key = conversationKey(message);
    let c = this.conversations.get(key);
    if (!c) {
      c = { waiting: [], due: false, running: false, timer: undefined };
      this.conversations.set(key, c);
    }
    const conv = c;
    const at = this.now();
    const done = new Promise<Batched<R>>((resolve, reject) => conv.waiting.push({ message, at, resolve, reject }));
    const wait = Math.min(this.o.windowMs, conv.waiting[0]!.at + (this.o.maxWaitMs ?? this.o.windowMs * 4) - at);
    const full = conv.waiting.length >= this.maxParts;
    if (wait <= 0 || full || message.type !== 'text' || this.o.closesNow?.(message)) this.close(key, conv);
    else {
      this.timers.clear(conv.timer);
      conv.timer = this.timers.set(() => this.close(key, conv), wait);
    }
    return done;
  }

  /** Closes every window now (shutting down): what is waiting is answered without delay. */
  flush(): void {
    for (const [key, c] of this.conversations) if (c.waiting.length > 0) this.close(key, c);
  }

  private close(key: string, c: Conversation<R>): void {
    this.timers.clear(c.timer);
    c.timer = undefined;
    c.due = true;
    this.next(key, c);
  }

  private next(key: string, c: Conversation<R>): void {
    if (c.running) return;
    if (!c.due || c.waiting.length === 0) {
      if (c.waiting.length === 0) this.conversations.delete(key);
      return;
    }
    const batch = takeBatch(c.waiting, this.maxParts);
    // What is left is due if it starts with a non-text message, or if its own window closed
    // meanwhile (no timer armed); else its timer closes it.
    const head = c.waiting[0];
    c.due = head !== undefined && (head.message.type !== 'text' || c.timer === undefined || c.waiting.length >= this.maxParts);
    c.running = true;
    const parts = batch.map((w) => w.message);
    const combined = parts.length === 1 ? parts[0]! : this.o.combine(parts);
    void this.o
      .run(combined, parts)
      .then(
        (result) => batch.forEach((w, i) => w.resolve({ result, part: i + 1, of: batch.length })),
        (e: unknown) => batch.forEach((w) => w.reject(e)),
      )
      .finally(() => {
        c.running = false;
        this.next(key, c);
      });
  }
}

/** The leading run of text messages, or the one non-text message at the head. */
function takeBatch<T extends { message: IncomingMessage }>(waiting: T[], max: number): T[] {
  if (waiting[0]!.message.type !== 'text') return waiting.splice(0, 1);
  const end = waiting.findIndex((w) => w.message.type !== 'text');
  return waiting.splice(0, Math.min(max, end < 0 ? waiting.length : end));
}
