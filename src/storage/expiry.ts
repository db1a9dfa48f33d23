import type { Kysely } from 'kysely';
import type { Schema } from './database.js';

/** What a conversation's row becomes when it expires: enough to tell the person, nothing else. */
export const EXPIRED_DOC_KEY = 'expiredAt';

export interface ExpiryOptions {
  /** Conversations idle this long are emptied. */
  conversationIdleMs: number;
  /** Emptied conversations are forgotten entirely after this much longer. */
  tombstoneMs: number;
  /** People (only their reply language) idle this long are forgotten. */
  userIdleMs: number;
  now?: () => number;
}

/**
 * Data minimisation: a case idle past its time is emptied, keeping only when it expired so the
 * person is told kindly rather than greeted as a stranger; later even that goes. The bot itself
 * also checks idle time on every turn, so correctness never waits for this sweep.
 */
export async function sweepExpired(db: Kysely<Schema>, o: ExpiryOptions): Promise<{ emptied: number; forgotten: number }> {
  const now = (o.now ?? Date.now)();
  const emptied = await db
    .updateTable('bot_state')
    .set((eb) => ({ doc: JSON.stringify({ [EXPIRED_DOC_KEY]: now }), version: eb('version', '+', 1), touched_at: now }))
    .where('kind', '=', 'conversation')
    .where('touched_at', '<', now - o.conversationIdleMs)
    .where('doc', 'not like', `{"${EXPIRED_DOC_KEY}":%`)
    .executeTakeFirst();
  const tombstones = await db
    .deleteFrom('bot_state')
    .where('kind', '=', 'conversation')
    .where('touched_at', '<', now - o.tombstoneMs)
    .where('doc', 'like', `{"${EXPIRED_DOC_KEY}":%`)
    .executeTakeFirst();
  const users = await db.deleteFrom('bot_state').where('kind', '=', 'user').where('touched_at', '<', now - o.userIdleMs).executeTakeFirst();
  return { emptied: Number(emptied.numUpdatedRows), forgotten: Number(tombstones.numDeletedRows) + Number(users.numDeletedRows) };
}
