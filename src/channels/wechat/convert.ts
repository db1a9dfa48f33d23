import { types } from 'wechaty';
import type { IncomingMessage, MessageType } from '../../pipeline/message.js';

/**
 * The parts of Wechaty's Contact, Room and Message this channel reads. Narrow on purpose:
 * the conversion is unit-tested with plain objects, and any Wechaty object fits.
 */
export interface ContactLike {
  readonly id: string;
  name(): string;
}

export interface RoomLike {
  readonly id: string;
  owner(): ContactLike | undefined;
  alias(contact: ContactLike): Promise<string | undefined>;
}

export interface MessageLike {
  readonly id: string;
  self(): boolean;
  type(): types.Message;
  text(): string;
  talker(): ContactLike;
  room(): RoomLike | undefined;
  mentionSelf(): Promise<boolean>;
  date(): Date;
}

/** Wechaty message types that are events, not something a person wrote: never answered. */
const NOT_A_MESSAGE = new Set<types.Message>([types.Message.Recalled, types.Message.Unknown]);

export function isConversational(t: types.Message): boolean {
  return !NOT_A_MESSAGE.has(t);
}

/** Wechaty's message types with a channel-neutral name (shared/contract.md); the rest are 'other'. */
const MESSAGE_TYPE = new Map<types.Message, MessageType>([
  [types.Message.Text, 'text'],
  [types.Message.Audio, 'audio'],
  [types.Message.Image, 'image'],
  [types.Message.Video, 'video'],
  [types.Message.Attachment, 'file'],
  [types.Message.Url, 'link'],
  [types.Message.Emoticon, 'emoticon'],
]);

export function messageType(t: types.Message): MessageType {
  return MESSAGE_TYPE.get(t) ?? 'other';
}

export interface ConvertContext {
  /** The logged-in bot account. */
  self: ContactLike;
  /** Ids allowed to run admin commands in every group (OPERATOR_IDS). */
  operatorIds: readonly string[];
}

/**
 * One Wechaty message as the pipeline sees it. Group policy (addressing, guard mode, admin
 * commands) is not decided here: it lives in src/pipeline and is shared with the JSON lines.
 */
export async function toIncoming(msg: MessageLike, ctx: ConvertContext): Promise<IncomingMessage> {
  const talker = msg.talker();
  const type = messageType(msg.type());
  // Non-text payloads arrive as XML or URLs in text(): nothing the pipeline should read.
  const text = type === 'text' ? (msg.text() ?? '') : '';
  const name = safeName(talker);
  const room = msg.room();
  if (!room) return { user: talker.id, text, type, channel: 'wechat', ...(name ? { name } : {}) };

  const [mention, botName] = await Promise.all([
    msg.mentionSelf().catch(() => false),
    // People @ the bot by its group nickname when it has one, else by its WeChat name.
    room.alias(ctx.self).then(
      (alias) => alias || safeName(ctx.self),
      () => safeName(ctx.self),
    ),
  ]);
  const ownerId = safeOwnerId(room);
  const admin = (ownerId !== undefined && ownerId === talker.id) || ctx.operatorIds.includes(talker.id);
  return {
    user: talker.id,
    text,
    type,
    room: room.id,
    mention,
    admin,
    channel: 'wechat',
    ...(name ? { name } : {}),
    ...(botName ? { botName } : {}),
  };
}

function safeName(c: ContactLike): string | undefined {
  try {
    return c.name() || undefined;
  } catch {
    // A contact whose payload is not loaded yet throws; the name is optional.
    return undefined;
  }
}

function safeOwnerId(room: RoomLike): string | undefined {
  try {
    return room.owner()?.id;
  } catch {
    return undefined;
  }
}
