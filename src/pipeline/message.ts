/** Kinds of incoming message, as in shared/contract.md. */
export const MESSAGE_TYPES = ['text', 'image', 'audio', 'video', 'file', 'link', 'emoticon', 'other'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** One message from any channel, channel-neutral. */
export interface IncomingMessage {
  /** Stable id of the person writing. */
  user: string;
  text: string;
  /** Group chat id; absent in a 1:1 chat. */
  room?: string | undefined;
  /** The message @-mentions the bot. */
  mention?: boolean | undefined;
  type: MessageType;
  /** The writer administers the group (owner or configured operator). */
  admin?: boolean | undefined;
  name?: string | undefined;
  /** The bot's own display name in this chat, when the channel knows it (WeChat): "@name" addresses it. */
  botName?: string | undefined;
  /** A local path to the message's media (an image to read, for `type: 'image'`). */
  file?: string | undefined;
  /** Which channel it came by (jsonl, terminal, wechat), for operators' counts. */
  channel?: string | undefined;
}

/** What the bot did with one message: its replies plus the contract's meta fields. */
export interface TurnOutput {
  replies: string[];
  intent: string | null;
  scamType: string | null;
  risk: 'high' | 'medium' | 'low' | null;
  urgent: boolean;
  /** Content keys of the texts in `replies`, in order (what the bot chose, whatever the wording). */
  responses: string[];
}

export const SILENT: TurnOutput = { replies: [], intent: null, scamType: null, risk: null, urgent: false, responses: [] };

/** Conversation key: the person in 1:1 chats, (group, person) in groups — as WeChat does. */
export function conversationKey(m: Pick<IncomingMessage, 'user' | 'room'>): string {
  return m.room ? `room:${m.room}|user:${m.user}` : `user:${m.user}`;
}
