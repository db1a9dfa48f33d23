import type { Kysely } from 'kysely';
import type { Schema } from './database.js';
import type { StorageHealth } from './resilient-storage.js';

/** What operators may know of one turn: no text, no id in the clear. */
export interface TurnEvent {
  at: number;
  channel: string;
  /** HMAC of the conversation key. */
  conversation: string;
  /** HMAC of the group, or null in a 1:1 chat. */
  room: string | null;
  intent: string | null;
  confidence: number | null;
  scamType: string | null;
  risk: string | null;
  urgent: boolean;
  responses: string[];
}

/**
 * Appends turn events in batches, off the turn path: a turn only pushes to a bounded buffer;
 * a timer (or a full buffer, or close) writes it. Lost events are counted, never retried forever.
 */
export class TurnEventLog {
  private buffer: TurnEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  dropped = 0;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly health: StorageHealth,
    private readonly o: { flushMs?: number; maxBuffer?: number } = {},
  ) {}

  record(e: TurnEvent): void {
    if (this.buffer.length >= (this.o.maxBuffer ?? 5000)) {
      this.dropped++;
      return;
    }
    this.buffer.push(e);
    if (this.buffer.length >= 200) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.o.flushMs ?? 1000).unref();
  }

  /** Writes what is buffered; resolves when it is stored (or given up on). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length === 0) return;
      const rows = batch.map((e) => ({
        at: e.at,
        channel: e.channel,
        conversation: e.conversation,
        room: e.room,
        intent: e.intent,
        confidence: e.confidence === null ? null : Math.round(e.confidence * 1000) / 1000,
        scam_type: e.scamType,
        risk: e.risk,
        urgent: e.urgent ? 1 : 0,
        responses: JSON.stringify(e.responses),
      }));
      const ok = await this.health.guard(async () => {
        await this.db.insertInto('turn_events').values(rows).execute();
        return true;
      }, false);
      if (!ok) this.dropped += batch.length;
    });
    return this.flushing;
  }
}
