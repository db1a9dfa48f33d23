/**
 * Per-person, per-member and per-group reply limits: token buckets that refill continuously, so
 * a burst up to the per-minute limit goes through at once and a flood after that gets a trickle
 * (one answer every 60/limit seconds). Pure: the clock is injected. Every channel goes through
 * them (src/pipeline/turns.ts).
 */

export interface RateLimitOptions {
  perUserPerMinute: number;
  perRoomPerMinute: number;
  /** One person within one group: a member flooding a group never makes the bot flood it. */
  perMemberPerMinute?: number;
  now: () => number;
  /** Window for the limits and for the at-most-one "slow down" note. */
  windowMs?: number;
  /** Above this many tracked keys, full (idle) buckets are forgotten. */
  maxKeys?: number;
}

/** Whose allowance: a person, a group, or a person in a group (both must have room). */
export interface Who {
  user?: string | undefined;
  room?: string | undefined;
}

export type Scope = 'user' | 'member' | 'room';
export type Admission = { ok: true } | { ok: false; scope: Scope; warn: boolean };

/** One token, less float noise: refill steps of capacity/window rarely sum to exactly 1. */
const ONE = 1 - 1e-9;

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ratePerMs: number;

  constructor(
    readonly capacity: number,
    windowMs: number,
  ) {
    if (!(capacity >= 1)) throw new Error('a bucket needs a capacity of at least 1');
    this.ratePerMs = capacity / windowMs;
  }

  /** Tokens available for `key` at `now`. */
  level(key: string, now: number): number {
    const b = this.buckets.get(key);
    if (!b) return this.capacity;
    // A clock that steps back must not mint tokens or take them away.
    const elapsed = Math.max(0, now - b.at);
    return Math.min(this.capacity, b.tokens + elapsed * this.ratePerMs);
  }

  /** How long until `key` has a whole token again (0: it has one now). */
  msUntilToken(key: string, now: number): number {
    const missing = ONE - this.level(key, now);
    return missing <= 0 ? 0 : Math.ceil(missing / this.ratePerMs);
  }

  take(key: string, now: number): void {
    this.buckets.set(key, { tokens: Math.max(0, this.level(key, now) - 1), at: now });
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Forgets buckets that have refilled: they are indistinguishable from new ones. */
  prune(now: number): void {
    for (const key of [...this.buckets.keys()]) if (this.level(key, now) >= this.capacity) this.buckets.delete(key);
  }
}

export class RateLimiter {
  private readonly users: TokenBuckets;
  private readonly rooms: TokenBuckets;
  private readonly members: TokenBuckets;
  private readonly warnedAt = new Map<string, number>();
  private readonly windowMs: number;
  private readonly maxKeys: number;

  constructor(private readonly opts: RateLimitOptions) {
    this.windowMs = opts.windowMs ?? 60_000;
    this.maxKeys = opts.maxKeys ?? 10_000;
    this.users = new TokenBuckets(opts.perUserPerMinute, this.windowMs);
    this.rooms = new TokenBuckets(opts.perRoomPerMinute, this.windowMs);
    this.members = new TokenBuckets(opts.perMemberPerMinute ?? opts.perUserPerMinute, this.windowMs);
  }

  /**
   * May this person (in this group) get an answer now? Does not spend: a turn that ends in
   * silence (chit-chat in a group) must not use up the group's allowance.
   */
  admit({ user, room }: Who): Admission {
    const now = this.opts.now();
    this.pruneIfLarge(now);
    let scope: Scope | undefined;
    if (user !== undefined && this.users.level(user, now) < ONE) scope = 'user';
    else if (user !== undefined && room !== undefined && this.members.level(memberKey(room, user), now) < ONE) scope = 'member';
    else if (room !== undefined && this.rooms.level(room, now) < ONE) scope = 'room';
    if (!scope) return { ok: true };
    const key = warnKey(scope, { user, room });
    const last = this.warnedAt.get(key);
    const warn = last === undefined || now - last >= this.windowMs;
    // Reserved at once, so that a second message racing the first note's delivery does not get
    // a second note; released by unwarn() if the note never reached the person.
    if (warn) this.warnedAt.set(key, now);
    return { ok: false, scope, warn };
  }

  /** The note to slow down was not delivered: the next message over the limit may have one. */
  unwarn(scope: Scope, who: Who): void {
    this.warnedAt.delete(warnKey(scope, who));
  }

  /** Counts one answer against the person and the group. */
  spend({ user, room }: Who): void {
    const now = this.opts.now();
    if (user !== undefined) this.users.take(user, now);
    if (room !== undefined) this.rooms.take(room, now);
    if (user !== undefined && room !== undefined) this.members.take(memberKey(room, user), now);
  }

  /** Tracked keys, for tests and metrics. */
  get size(): number {
    return this.users.size + this.rooms.size + this.members.size + this.warnedAt.size;
  }

  private pruneIfLarge(now: number): void {
    if (this.size <= this.maxKeys) return;
    this.users.prune(now);
    this.rooms.prune(now);
    this.members.prune(now);
    for (const [key, at] of this.warnedAt) if (now - at >= this.windowMs) this.warnedAt.delete(key);
  }
}

const memberKey = (room: string, user: string): string => `${room}\u0000${user}`;

function warnKey(scope: Scope, { user, room }: Who): string {
  if (scope === 'user') return `user:${user}`;
  if (scope === 'room') return `room:${room}`;
  return `member:${memberKey(room ?? '', user ?? '')}`;
}
