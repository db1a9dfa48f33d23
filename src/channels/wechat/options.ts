import type { WechatyOptions } from 'wechaty';
import type { Config } from '../../config/schema.js';

export type PuppetConfig = Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_NAME'>;

/**
 * Wechaty options from our settings. The session name makes Wechaty keep the login in
 * `<name>.memory-card.json`, so a restart does not always need a new QR scan.
 */
export function wechatyOptions(config: PuppetConfig): WechatyOptions {
  if (!config.WECHATY_PUPPET) throw new Error('WECHATY_PUPPET is empty: there is no WeChat puppet to start');
  const token = config.WECHATY_PUPPET_SERVICE_TOKEN.trim();
  return {
    name: config.WECHATY_NAME,
    puppet: config.WECHATY_PUPPET,
    // Only puppet-service reads a token; other puppets would reject an unknown option silently anyway.
    ...(config.WECHATY_PUPPET === 'wechaty-puppet-service' && token ? { puppetOptions: { token } } : {}),
  };
}

/** A description of the puppet fit for logs: the token never appears, only whether one is set. */
export function describePuppet(config: PuppetConfig): { puppet: string; token: boolean; session: string } {
  // `session`, not `name`: pino-pretty would show a `name` field as the logger's name.
  return { puppet: config.WECHATY_PUPPET, token: config.WECHATY_PUPPET_SERVICE_TOKEN.length > 0, session: config.WECHATY_NAME };
}
