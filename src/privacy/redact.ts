import { detect } from './detect.js';
import { foldedView, originalSpan } from './folded-view.js';
import { placeholder, type RedactedKind } from './placeholders.js';

/**
 * Longest text the filter reads: four times what the NLU reads (2,000 characters), so that a
 * text cut here is still one the NLU knows was cut, and a huge message costs no more than this.
 */
export const MAX_REDACT_CHARS = 8000;

export interface Redacted {
  /** The message with each piece of personal data replaced by its typed placeholder. */
  text: string;
  /** Kinds found, in order, once each. */
  kinds: RedactedKind[];
}

/**
 * The message as the rest of the bot may see it: ID numbers, bank cards, codes, passwords, the
 * person's own and their family's phone numbers, account names and e-mail addresses replaced
 * by placeholders ("验证码是⟦code⟧"). Everything else is left exactly as written.
 */
export function redact(raw: string): Redacted {
  let text = raw.length > MAX_REDACT_CHARS ? raw.slice(0, MAX_REDACT_CHARS) : raw;
  const kinds = new Set<RedactedKind>();
  // A placeholder can put a word boundary where a digit was ("0000…0my account name is x"):
  // passes repeat until nothing more is found, so that redacting a redacted text changes nothing.
  for (let pass = 0; pass < 4; pass++) {
    const next = redactOnce(text);
    if (next.kinds.length === 0) break;
    for (const k of next.kinds) kinds.add(k);
    text = next.text;
  }
  return { text, kinds: [...kinds] };
}

function redactOnce(text: string): Redacted {
  const view = foldedView(text);
  const found = detect(view.text);
  if (found.length === 0) return { text, kinds: [] };
  let out = '';
  let at = 0;
  for (const f of found) {
    const [start, end] = originalSpan(view, f.start, f.end);
    out += text.slice(at, start) + placeholder(f.kind);
    at = end;
  }
  out += text.slice(at);
  return { text: out, kinds: [...new Set(found.map((f) => f.kind))] };
}
