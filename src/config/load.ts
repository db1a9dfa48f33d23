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
  return config;
}

/** Loads ./.env into process.env when present, without overriding what the shell set. */
export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  // process.loadEnvFile arrived in Node 20.12; older 20.x simply skip .env files.
  const loader = (process as { loadEnvFile?: (p: string) => void }).loadEnvFile;
  loader?.call(process, path);
}
