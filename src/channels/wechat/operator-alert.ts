import type { Logger } from '../../util/log.js';

export interface OperatorAlert {
  event: 'wechat_logout' | 'wechat_login_qrcode';
  text: string;
}

export type Alerter = (a: OperatorAlert) => Promise<void>;

/**
 * Tells operators that the bot needs them: always an error in the log, and — with
 * OPERATOR_ALERT_WEBHOOK set — a POST to that URL. The body is what WeCom and DingTalk group
 * robots accept (`msgtype`, `text.content`), plus `event` for other receivers.
 */
export function operatorAlerter(url: string, log: Logger, fetchImpl: typeof fetch = fetch): Alerter {
  return async (a) => {
    log.error({ event: a.event }, `operator alert: ${a.text}`);
    if (!url) return;
    try {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ msgtype: 'text', text: { content: `callguard: ${a.text}` }, event: a.event }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) log.error({ status: res.status, event: a.event }, 'operator alert: webhook refused it');
    } catch (e) {
      log.error({ err: e, event: a.event }, 'operator alert: webhook unreachable');
    }
  };
}
