import { existsSync } from 'node:fs';
import { settings, type Config, type SettingName } from './schema.js';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
    readonly example: string,
  ) {
    super(`config: ${variable} ${problem}; example: ${variable}=${example}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads settings from `env` (process.env by default), applying defaults. Throws ConfigError
 * for the first bad value so start-up can stop with one clear line.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(settings) as SettingName[]) {
    const spec = settings[name];
    const raw = env[name] ?? spec.default;
    const parsed = spec.schema.safeParse(raw.trim());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const why = issue?.message ?? 'is not valid';
      throw new ConfigError(name, `is "${raw}": ${why.replace(/^Invalid option: expected one of/, 'must be one of')}`, spec.example);
    }
    out[name] = parsed.data;
  }
  const config = out as Config;
  if (config.WECHATY_PUPPET === 'wechaty-puppet-service' && !config.WECHATY_PUPPET_SERVICE_TOKEN) {
    throw new ConfigError('WECHATY_PUPPET_SERVICE_TOKEN', 'is empty but WECHATY_PUPPET is wechaty-puppet-service', settings.WECHATY_PUPPET_SERVICE_TOKEN.example);
  }
  if (config.WECHATY_PUPPET === 'wechaty-puppet-official-account') {
    for (const name of ['WECHATY_PUPPET_OA_APP_ID', 'WECHATY_PUPPET_OA_APP_SECRET', 'WECHATY_PUPPET_OA_TOKEN'] as const) {
      if (!config[name]) throw new ConfigError(name, 'is empty but WECHATY_PUPPET is wechaty-puppet-official-account', settings[name].example);
    }
  }
  if (config.STORAGE === 'postgres' && !config.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL', 'is empty but STORAGE is postgres', settings.DATABASE_URL.example);
  }
  if (engineFor(config, 'service') === 'postgres' && !config.ID_HASH_SECRET) {
    // Every process on one database must hash ids alike, and the secret must not live in it.
    throw new ConfigError('ID_HASH_SECRET', 'is empty but the storage is PostgreSQL (every bot process needs the same secret)', settings.ID_HASH_SECRET.example);
  }
  if (config.CONSOLE_PORT > 0 && !config.CONSOLE_TOKEN && !isLoopbackHost(config.CONSOLE_HOST)) {
    // The console chats as anyone and shows what people asked: never open to a network unguarded.
    throw new ConfigError('CONSOLE_TOKEN', `is empty but CONSOLE_HOST (${config.CONSOLE_HOST}) is not a loopback address`, settings.CONSOLE_TOKEN.example);
  }
  return config;
}

/** Hosts only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Which storage engine a run uses. "auto": PostgreSQL when DATABASE_URL is set, else the embedded
 * file — except for the JSON-lines interface, a test harness whose every run starts afresh
 * (reused user ids across runs must not continue old conversations) unless STORAGE says otherwise.
 */
export function engineFor(config: Pick<Config, 'STORAGE' | 'DATABASE_URL'>, mode: 'service' | 'jsonl'): 'embedded' | 'postgres' | 'memory' {
  if (config.STORAGE !== 'auto') return config.STORAGE;
  if (mode === 'jsonl') return 'memory';
  return config.DATABASE_URL ? 'postgres' : 'embedded';
}

/** Loads ./.env into process.env when present, without overriding what the shell set. */
export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  // process.loadEnvFile arrived in Node 20.12; older 20.x simply skip .env files.
  const loader = (process as { loadEnvFile?: (p: string) => void }).loadEnvFile;
  loader?.call(process, path);
}
