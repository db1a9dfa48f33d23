/**
 * The WeChat Official Account (公众号) route: WeChat → callguard's verified front → the
 * hardened puppet → the same WechatChannel (rate limits, queues, pipeline) as a personal account.
 */
import type { Wechaty } from 'wechaty';
import type { App } from '../../app.js';
import type { Config } from '../../config/schema.js';
import type { Logger } from '../../util/log.js';
import { listen, type Listening } from '../http-server.js';
import type { WechatChannelDeps } from '../wechat.js';
import { attachImage } from './image-file.js';
import { createFront } from './official-account-front.js';
import { PassiveReplies } from './official-account-passive.js';
import { OfficialAccountPuppet, toRawMessage } from './official-account-puppet.js';
import { messageKey } from './official-account-xml.js';

export type OfficialAccountConfig = Pick<
  Config,
  | 'WECHATY_PUPPET_OA_APP_ID'
  | 'WECHATY_PUPPET_OA_APP_SECRET'
  | 'WECHATY_PUPPET_OA_TOKEN'
  | 'WECHATY_PUPPET_OA_PORT'
  | 'WECHATY_PUPPET_OA_HOST'
  | 'WECHATY_PUPPET_OA_CUSTOMER_SERVICE'
  | 'WECHATY_PUPPET_OA_API_BASE'
  | 'DEFAULT_LANGUAGE'
>;

export interface OfficialAccountTestHooks {
  fetch?: typeof fetch;
  /** Ends a post's passive window (default: after PASSIVE_WINDOW_MS). */
  window?: () => Promise<void>;
}

export interface OfficialAccountRoute {
  /** What WechatChannel needs: the puppet, the image download, and when a message is done. */
  deps: Required<Pick<WechatChannelDeps, 'puppet' | 'attach' | 'onHandled' | 'pacing'>>;
  /** Starts the channel, then the front once the channel counts itself logged in (earlier posts would be ignored as history). */
  start(channel: { wechaty: Pick<Wechaty, 'once'>; start(): Promise<void> }): Promise<Listening>;
  /** Answers every open post, then stops the front. */
  close(): Promise<void>;
}

export function officialAccountRoute(app: App, config: OfficialAccountConfig, log: Logger, hooks: OfficialAccountTestHooks = {}): OfficialAccountRoute {
  const hash = (id: string) => app.store.hash(id);
  const passive = new PassiveReplies(!config.WECHATY_PUPPET_OA_CUSTOMER_SERVICE);
  const puppet = new OfficialAccountPuppet({
    appId: config.WECHATY_PUPPET_OA_APP_ID,
    appSecret: config.WECHATY_PUPPET_OA_APP_SECRET,
    token: config.WECHATY_PUPPET_OA_TOKEN,
    apiBase: config.WECHATY_PUPPET_OA_API_BASE,
    customerService: config.WECHATY_PUPPET_OA_CUSTOMER_SERVICE,
    passive,
    log,
    hash,
    ...(hooks.fetch ? { fetch: hooks.fetch } : {}),
  });
  const server = createFront({
    token: config.WECHATY_PUPPET_OA_TOKEN,
    passive,
    log,
    hash,
    welcome: () => app.content.messages.welcome?.[config.DEFAULT_LANGUAGE] ?? '',
    inject: async (m) => {
      const raw = toRawMessage(m);
      if (!raw) return false;
      await puppet.inject(raw);
      return true;
    },
    ...(hooks.window ? { window: hooks.window } : {}),
  });
  let listening: Listening | undefined;
  return {
    deps: {
      puppet,
      // With OCR off a picture is not read, so it is not fetched either.
      attach: (msg, incoming) => (app.images ? attachImage(msg, incoming, (err) => log.warn({ err }, 'WeChat OA: image not downloaded')) : Promise.resolve({ incoming, release: async () => {} })),
      onHandled: (messageId) => passive.close(messageKey(messageId)),
      pacing: { windowMs: 0, intervalMs: 0 },
    },
    async start(channel) {
      const loggedIn = new Promise<void>((resolve) => channel.wechaty.once('login', () => resolve()));
      await channel.start();
      await loggedIn;
      listening = await listen(server, config.WECHATY_PUPPET_OA_PORT, config.WECHATY_PUPPET_OA_HOST);
      const address = listening.server.address();
      log.info({ host: config.WECHATY_PUPPET_OA_HOST, port: typeof address === 'object' && address ? address.port : config.WECHATY_PUPPET_OA_PORT }, 'WeChat OA: webhook listening');
      return listening;
    },
    async close() {
      passive.closeAll();
      await listening?.close();
    },
  };
}
