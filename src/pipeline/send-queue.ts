import type { Logger } from '../util/log.js';
import { TokenBuckets } from './rate-limit.js';
import { KeyedSerial, sleep as realSleep, withRetry, withTimeout } from './serial.js';

/**
 * How the bot sends, like a careful person rather than a script: one account posts at most about
 * one message per `intervalMs` (plus random jitter), a group gets at most `groupPerMinute` posts,
 * each send is given up after `timeoutMs` and tried again, and a send that still fails is logged
 * and dropped. Replies of one chat leave in order; a hung send holds its chat only until its
 * timeout, and other chats keep going meanwhile (the pace limits when sends start, not how many
 * are in flight).
 */
export interface SendQueueOptions {
  intervalMs: number;
  /** Up to this much more, at random, between two sends. */
  jitterMs: number;
  timeoutMs: number;
  /** Waits before the 2nd, 3rd, … attempt of one send. */
  retryDelaysMs: readonly number[];
  groupPerMinute: number;
  /** Turns waiting to be sent in one chat beyond which a new one is dropped (and logged). */
  maxQueuedPerChat?: number;
  log: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type Send = () => Promise<void>;

export interface Destination {
  /** The chat's id: order and the group cap are per chat. */
  chat: string;
  group: boolean;
  /** What logs may show of the chat (a hash). */
  label: string;
}

export class SendQueue {
  private readonly chats = new KeyedSerial();
  private readonly groups: TokenBuckets;
  private nextAt = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly o: SendQueueOptions) {
    this.groups = new TokenBuckets(o.groupPerMinute, 60_000);
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? realSleep;
    this.random = o.random ?? Math.random;
  }

  /** Chats with sends waiting or in flight. */
  get busy(): number {
    return this.chats.busy;
  }

  /** Queues one turn's messages for a chat; resolves with whether each one was delivered. */
  enqueue(to: Destination, sends: readonly Send[]): Promise<boolean[]> {
    if (sends.length === 0) return Promise.resolve([]);
    if (this.chats.depth(to.chat) >= (this.o.maxQueuedPerChat ?? 50)) {
      this.o.log.warn({ chat: to.label, messages: sends.length }, 'send queue full: replies dropped');
      return Promise.resolve(sends.map(() => false));
    }
    return this.chats.run(to.chat, async () => {
      const delivered: boolean[] = [];
      for (const [i, send] of sends.entries()) delivered.push(await this.one(to, send, i, sends.length));
      return delivered;
    });
  }

  private async one(to: Destination, send: Send, i: number, of: number): Promise<boolean> {
    const result = await withRetry(
      async () => {
        await this.slot(to);
        await withTimeout(send(), this.o.timeoutMs);
      },
      {
        delaysMs: this.o.retryDelaysMs,
        sleep: this.sleep,
        onFailure: (err, attempt, willRetry) => this.o.log.warn({ err, chat: to.label, attempt }, willRetry ? 'send failed, retrying' : 'send failed, giving up'),
      },
    );
    if (!result.ok) this.o.log.error({ chat: to.label, reply: i + 1, of }, 'reply not delivered (dropped)');
    return result.ok;
  }

  /** Waits for the group's allowance, then for the account's next turn to send. */
  private async slot(to: Destination): Promise<void> {
    if (to.group) {
      const wait = this.groups.msUntilToken(to.chat, this.now());
      if (wait > 0) await this.sleep(wait);
      this.groups.take(to.chat, this.now());
    }
    const now = this.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + this.o.intervalMs + this.random() * this.o.jitterMs;
    if (at > now) await this.sleep(at - now);
  }
}
