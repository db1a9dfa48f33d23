/**
 * The one WeChat API call callguard makes itself: the customer-service text message
 * (客服消息, message/custom/send), for replies after the passive window. Errors carry WeChat's
 * code, never the text sent: they end up in logs.
 */
import { z } from 'zod';

const apiReply = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() });

export class WechatApiError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
    this.name = 'WechatApiError';
  }
}

export interface CustomerServiceText {
  apiBase: string;
  accessToken: string;
  to: string;
  text: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export async function sendCustomerServiceText(o: CustomerServiceText): Promise<void> {
  const res = await (o.fetch ?? fetch)(`${o.apiBase}message/custom/send?access_token=${encodeURIComponent(o.accessToken)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ touser: o.to, msgtype: 'text', text: { content: o.text } }),
    signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
  });
  if (!res.ok) throw new WechatApiError(-res.status, `HTTP ${res.status}`);
  const body = apiReply.safeParse(await res.json().catch(() => undefined));
  if (!body.success) throw new WechatApiError(-1, 'unreadable answer');
  if (body.data.errcode) throw new WechatApiError(body.data.errcode, body.data.errmsg ?? '');
}
