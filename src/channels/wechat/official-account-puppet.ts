/**
 * wechaty-puppet-official-account, kept for what it does well (Wechaty's puppet contract, the
 * access token and its renewal, the message store) and hardened where it falls short:
 * - its webhook (Express on every interface, signature checked on GET only, `subscribe` and
 *   voice transcripts dropped) never listens: callguard's verified front
 *   (official-account-front.ts) hands messages in through inject();
 * - replies fill the post's passive slot first, then go by the customer-service API;
 * - the API address is configurable (its constructor hard-codes api.weixin.qq.com and ignores
 *   its own token proxy option);
 * - no subscriber profile is fetched: the bot needs none.
 * The two internals reached below are checked at start, so a changed puppet fails loudly.
 */
import { randomUUID } from 'node:crypto';
import { types, type payloads } from 'wechaty';
import { PuppetOA } from 'wechaty-puppet-official-account';
import type { Logger } from '../../util/log.js';
import { sendCustomerServiceText } from './official-account-api.js';
import type { PassiveReplies } from './official-account-passive.js';
import type { Inbound } from './official-account-xml.js';

type OfficialAccount = NonNullable<PuppetOA['oa']>;
type RawMessage = Parameters<OfficialAccount['payloadStore']['setMessagePayload']>[1];
type RawContact = Parameters<PuppetOA['contactRawPayloadParser']>[0];

export interface OfficialAccountPuppetOptions {
  appId: string;
  appSecret: string;
  token: string;
  /** WeChat's API base, ending in '/'. */
  apiBase: string;
  passive: PassiveReplies;
  /** May replies go by the customer-service API once the passive window is over? */
  customerService: boolean;
  log: Logger;
  hash: (id: string) => string;
  fetch?: typeof fetch;
}

/** What callguard answers, as the puppet's raw payload; undefined: nothing to answer. */
export function toRawMessage(m: Inbound): RawMessage | undefined {
  if (!m.MsgId) return undefined;
  const base = { ToUserName: m.ToUserName, FromUserName: m.FromUserName, CreateTime: m.CreateTime, MsgId: m.MsgId };
  switch (m.MsgType) {
    case 'text':
      return { ...base, MsgType: 'text', Content: m.Content ?? '' };
    case 'voice':
      // With speech recognition on, WeChat sends its transcript: the person said this.
      return m.Recognition ? { ...base, MsgType: 'text', Content: m.Recognition } : { ...base, MsgType: 'voice', ...(m.MediaId ? { MediaId: m.MediaId } : {}) };
    case 'image':
      return m.PicUrl ? { ...base, MsgType: 'image', PicUrl: m.PicUrl, ...(m.MediaId ? { MediaId: m.MediaId } : {}) } : undefined;
    case 'video':
    case 'shortvideo':
      return { ...base, MsgType: 'video' };
    case 'link':
      return { ...base, MsgType: 'link' };
    case 'location':
      return { ...base, MsgType: 'location' };
    default:
      return undefined;
  }
}

export class OfficialAccountPuppet extends PuppetOA {
  private readonly accountId: string;

  constructor(private readonly o: OfficialAccountPuppetOptions) {
    // Every option given, so none comes from the puppet's own WECHATY_PUPPET_OA_* reading of
    // the environment (a webhook proxy URL there would open a public tunnel).
    super({ appId: o.appId, appSecret: o.appSecret, token: o.token, port: 0, personalMode: false, webhookProxyUrl: undefined, accessTokenProxyUrl: undefined });
    this.accountId = `gh_${o.appId}`;
  }

  /** Runs between the puppet building its OfficialAccount and starting it. */
  protected override bridgeEvents(oa: OfficialAccount): void {
    super.bridgeEvents(oa);
    const webhook: unknown = Reflect.get(oa, 'webhook');
    if (!hasMethods(webhook, 'start', 'stop') || !Object.hasOwn(oa, 'accessTokenProxyUrl')) {
      throw new Error('wechaty-puppet-official-account is not the version callguard was built for (no webhook or token proxy to replace)');
    }
    Reflect.set(webhook, 'start', async () => {});
    Reflect.set(webhook, 'stop', async () => {});
    // Read by its token renewal as `${base}token?grant_type=client_credential&…`.
    Reflect.set(oa, 'accessTokenProxyUrl', this.o.apiBase);
  }

  /** A verified post from WeChat becomes a message event, as from any puppet. */
  async inject(raw: RawMessage): Promise<void> {
    if (!this.oa) throw new Error('Official Account puppet is not started');
    await this.oa.payloadStore.setMessagePayload(raw.MsgId, raw);
    this.emit('message', { messageId: raw.MsgId });
  }

  override async messageRawPayloadParser(raw: RawMessage): Promise<payloads.Message> {
    const base = { id: raw.MsgId, talkerId: raw.FromUserName, listenerId: raw.ToUserName, timestamp: Number(raw.CreateTime) };
    // The puppet's parser builds an audio URL with the access token (throwing without one)
    // and reads links as empty texts.
    if (raw.MsgType === 'voice') return { ...base, type: types.Message.Audio };
    if (raw.MsgType === 'link') return { ...base, type: types.Message.Url };
    return super.messageRawPayloadParser(raw);
  }

  override async contactRawPayload(id: string): Promise<RawContact> {
    return {
      subscribe: 1,
      openid: id,
      nickname: '',
      sex: 0,
      language: 'zh_CN',
      city: '',
      province: '',
      country: '',
      headimgurl: '',
      subscribe_time: 0,
      unionid: '',
      remark: '',
      groupid: 0,
      tagid_list: [],
      subscribe_scene: '',
      qr_scene: 0,
      qr_scene_str: '',
    };
  }

  override async messageSendText(to: string, text: string): Promise<string> {
    if (!this.o.passive.offer(to, text)) {
      if (!this.o.customerService) {
        // Nothing can reach the person now; retrying would only delay their next answer.
        this.o.log.warn({ user: this.o.hash(to) }, 'WeChat OA: reply after the passive window dropped (WECHATY_PUPPET_OA_CUSTOMER_SERVICE=false)');
      } else {
        if (!this.oa) throw new Error('Official Account puppet is not started');
        await sendCustomerServiceText({ apiBase: this.o.apiBase, accessToken: this.oa.accessToken, to, text, ...(this.o.fetch ? { fetch: this.o.fetch } : {}) });
      }
    }
    // Wechaty looks the sent message up by this id; its text is not kept.
    const id = randomUUID();
    await this.oa?.payloadStore.setMessagePayload(id, { MsgId: id, MsgType: 'text', FromUserName: this.accountId, ToUserName: to, CreateTime: String(Math.floor(Date.now() / 1000)) });
    return id;
  }
}

function hasMethods(x: unknown, ...names: string[]): x is object {
  return typeof x === 'object' && x !== null && names.every((n) => typeof Reflect.get(x, n) === 'function');
}
