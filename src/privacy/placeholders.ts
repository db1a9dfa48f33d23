import type { SecretKind } from '../nlu/entities.js';

/** What the privacy filter takes out of a message, each kind with its own placeholder. */
export const REDACTED_KINDS = ['id_number', 'card_number', 'code', 'password', 'passport', 'own_number', 'account', 'email'] as const;
export type RedactedKind = (typeof REDACTED_KINDS)[number];

/**
 * Typed placeholders: "验证码是⟦code⟧". Brackets no keyboard types by accident, and a kind name
 * in lower case, so that normalisation (NFKC, lower case, Simplified) leaves them as they are.
 */
export const placeholder = (kind: RedactedKind): string => `⟦${kind}⟧`;
const PLACEHOLDER = new RegExp(`⟦(${REDACTED_KINDS.join('|')})⟧`, 'g');

/**
 * What the models read in place of each placeholder: a digit run of the shape the value had
 * (the features of "验证码是903172" are those of "验证码是111111"), so a code given still reads
 * as a code given. Accounts and e-mail addresses stood for words, not digits: nothing.
 */
const STAND_IN: Record<RedactedKind, string> = {
  id_number: '111111111111111111',
  card_number: '1111111111111111',
  code: '111111',
  password: '11111111',
  passport: 'e11111111',
  own_number: '11111111111',
  account: ' ',
  email: ' ',
};

/** The kinds that are secrets: the reply warns never to send them to anyone. */
const SECRET_OF: Partial<Record<RedactedKind, SecretKind>> = {
  id_number: 'id_number',
  card_number: 'card_number',
  code: 'code',
  password: 'password',
  passport: 'passport',
};

export interface PlaceholderReading {
  /** The text with each placeholder as the models should read it. */
  forModels: string;
  /** The text with placeholders as clause breaks: no entity (a number, a name) is read into them. */
  forEntities: string;
  /** Secrets the placeholders stand for, in order, once each. */
  secrets: SecretKind[];
}

/** Reads a redacted text for the NLU. A text without placeholders comes back as it is. */
export function readPlaceholders(text: string): PlaceholderReading {
  if (!text.includes('⟦')) return { forModels: text, forEntities: text, secrets: [] };
  const secrets = new Set<SecretKind>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const s = SECRET_OF[m[1] as RedactedKind];
    if (s) secrets.add(s);
  }
  return {
    forModels: text.replace(PLACEHOLDER, (_, k: RedactedKind) => STAND_IN[k]),
    forEntities: text.replace(PLACEHOLDER, ' ; '),
    secrets: [...secrets],
  };
}
