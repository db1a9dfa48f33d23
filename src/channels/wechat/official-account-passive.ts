/**
 * WeChat waits up to 5 s for the HTTP answer to a post, and that answer may carry one text
 * (a passive reply) that needs no access token and no customer-service permission. Each post
 * holds a slot; the bot's replies to that person fill the oldest open slot first.
 */

interface Slot {
  user: string;
  texts: string[];
  finish: (texts: string[]) => void;
}

export class PassiveReplies {
  /** Open slots by message key, in arrival order (a Map keeps insertion order). */
  private readonly slots = new Map<string, Slot>();

  /**
   * @param collectAll keep filling a slot until its message is handled (accounts with no
   *   customer-service API can send nothing later); otherwise the first reply closes it.
   */
  constructor(private readonly collectAll: boolean) {}

  /** A slot for the post `key` from `user`; resolves with the texts to answer it with ([]: none). */
  open(user: string, key: string): Promise<string[]> {
    return new Promise((resolve) => {
      this.slots.set(key, { user, texts: [], finish: resolve });
    });
  }

  /** Puts `text` into the oldest open slot for `user`; false when none is open (send it later). */
  offer(user: string, text: string): boolean {
    for (const [key, slot] of this.slots) {
      if (slot.user !== user) continue;
      slot.texts.push(text);
      if (!this.collectAll) this.close(key);
      return true;
    }
    return false;
  }

  /** The message was handled or its window is over: answer the post with what it has. */
  close(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    slot.finish(slot.texts);
  }

  /** Answers every open post (at shutdown). */
  closeAll(): void {
    for (const key of [...this.slots.keys()]) this.close(key);
  }

  get size(): number {
    return this.slots.size;
  }
}
