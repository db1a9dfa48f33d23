import { LRUCache } from 'lru-cache';

export type UrgentReply = 'full' | 'offer' | 'quiet';

/**
 * Emergency replies in a group, per member: the first gets the emergency steps, the next one
 * an offer to carry on in a private chat, and further ones nothing until `windowMs` after the
 * first. The steps stay visible above; fifty messages from one member never become fifty posts.
 */
export class GroupUrgentLimit {
  private readonly given: LRUCache<string, { at: number; count: number }>;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    this.given = new LRUCache({ max: 10_000 });
  }

  /** What this member's next urgent reply in this group may be; counts it. */
  next(room: string, user: string): UrgentReply {
    const key = `${room}\u0000${user}`;
    const t = this.now();
    const g = this.given.get(key);
    if (!g || t - g.at >= this.windowMs) {
      this.given.set(key, { at: t, count: 1 });
      return 'full';
    }
    g.count += 1;
    return g.count === 2 ? 'offer' : 'quiet';
  }
}
