/**
 * The XML WeChat posts to an Official Account's server, and the passive reply it accepts
 * (developers.weixin.qq.com: 接收普通消息, 接收事件推送, 被动回复用户消息). Plaintext mode only.
 */
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

const text = z.string().optional();

/** One posted message or event; unknown fields are ignored, every value stays a string (MsgId is 64-bit). */
export const inboundSchema = z.object({
  ToUserName: z.string().min(1),
  FromUserName: z.string().min(1),
  CreateTime: z.string().regex(/^\d+$/),
  MsgType: z.string().min(1),
  MsgId: text,
  Content: text,
  PicUrl: text,
  MediaId: text,
  Format: text,
  /** WeChat's transcript of a voice message, when speech recognition is on for the account. */
  Recognition: text,
  Event: text,
  EventKey: text,
});
export type Inbound = z.infer<typeof inboundSchema>;

const parser = new XMLParser({
  // Keep "1234567890123456789" a string, and CDATA as plain text.
  parseTagValue: false,
  trimValues: true,
  htmlEntities: false,
  ignoreAttributes: true,
});

export type ParseResult = { ok: true; message: Inbound } | { ok: false; why: string };

export function parseInbound(body: string): ParseResult {
  // WeChat never sends a DOCTYPE; refusing it rules out entity tricks.
  if (/<!DOCTYPE/i.test(body)) return { ok: false, why: 'doctype' };
  let doc: unknown;
  try {
    doc = parser.parse(body);
  } catch {
    return { ok: false, why: 'not XML' };
  }
  const xml = z.object({ xml: z.record(z.string(), z.unknown()) }).safeParse(doc);
  if (!xml.success) return { ok: false, why: 'no <xml> root' };
  // Empty elements parse as ''; missing ones as undefined: both mean "absent" here.
  const fields = Object.fromEntries(Object.entries(xml.data.xml).filter(([, v]) => v !== ''));
  const parsed = inboundSchema.safeParse(fields);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, why: parsed.error.issues[0]?.path.join('.') ?? 'invalid' };
}

/** Dedup key: WeChat retries a post it got no answer to; events have no MsgId. */
export function inboundKey(m: Inbound): string {
  return m.MsgId ? messageKey(m.MsgId) : `event:${m.FromUserName}:${m.CreateTime}:${m.Event ?? ''}`;
}

/** The key of a message post, by the id Wechaty's message carries too. */
export const messageKey = (msgId: string): string => `msg:${msgId}`;

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** A passive text reply to `to` (the request's FromUserName) from the account (its ToUserName). */
export function passiveTextReply(to: string, from: string, content: string, nowMs: number): string {
  return `<xml><ToUserName>${cdata(to)}</ToUserName><FromUserName>${cdata(from)}</FromUserName><CreateTime>${Math.floor(nowMs / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>${cdata(content)}</Content></xml>`;
}
