import { loadConfig } from '../../src/config/load.js';
import { createApp, type App } from '../../src/app.js';
import type { IncomingMessage, TurnOutput } from '../../src/pipeline/message.js';
import { silentLogger } from '../../src/util/log.js';

let shared: Promise<App> | undefined;

/**
 * One app per test file (content + NLU load once); conversations stay apart by user id. State
 * lives in an in-memory database unless `env` names another engine.
 */
export function testApp(env: Record<string, string> = {}, now?: () => number): Promise<App> {
  if (Object.keys(env).length === 0 && !now) {
    shared ??= createApp(loadConfig({ STORAGE: 'memory' }), silentLogger, { sweepEveryMs: 0 });
    return shared;
  }
  return createApp(loadConfig({ STORAGE: 'memory', ...env }), silentLogger, { sweepEveryMs: 0, ...(now ? { now } : {}) });
}

let userSeq = 0;
export function newUser(prefix = 'u'): string {
  return `${prefix}-${++userSeq}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Sends texts one by one as one person; returns every turn's output. */
export async function talk(app: App, texts: readonly (string | Partial<IncomingMessage>)[], user = newUser()): Promise<TurnOutput[]> {
  const outs: TurnOutput[] = [];
  for (const t of texts) {
    const m: IncomingMessage = typeof t === 'string' ? { user, text: t, type: 'text' } : { user, text: '', type: 'text', ...t };
    outs.push(await app.adapter.process(m));
  }
  return outs;
}

/** The bot must never ask for personal data: the same check the behaviour scenarios use. */
export const ASKS_FOR_SECRETS = [
  /(请|麻烦)(?![^，。,.\n]{0,6}(不|别|勿))[^，。,.\n]{0,6}(提供|告诉|发送|输入|发给)[^，。,.\n]{0,8}(身份证号|银行卡号|卡号|密码|验证码)/,
  /\b(please|kindly)\b(?![^.\n]{0,20}\b(not|never|don't)\b)[^.\n]{0,20}\b(send|provide|tell|give|share|enter)\b[^.\n]{0,20}\b(ID number|card number|password|verification code|PIN)\b/i,
];
