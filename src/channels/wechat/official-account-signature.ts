/**
 * WeChat's server signature: sha1 over the sorted token, timestamp and nonce
 * (developers.weixin.qq.com, 接入指南). It does not cover the body, so a signed URL seen once
 * could carry another body later: only recent timestamps are accepted.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** How far a request's timestamp may be from our clock (WeChat retries within 15 s). */
export const SIGNATURE_MAX_AGE_S = 300;

export interface SignedQuery {
  signature?: string | null | undefined;
  timestamp?: string | null | undefined;
  nonce?: string | null | undefined;
}

export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export type SignatureCheck = { ok: true } | { ok: false; why: 'missing' | 'stale' | 'mismatch' };

export function checkSignature(token: string, q: SignedQuery, nowMs: number): SignatureCheck {
  const { signature, timestamp, nonce } = q;
  if (!signature || !timestamp || !nonce || !/^\d{1,12}$/.test(timestamp)) return { ok: false, why: 'missing' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_MAX_AGE_S) return { ok: false, why: 'stale' };
  const expected = Buffer.from(wechatSignature(token, timestamp, nonce));
  const given = Buffer.from(signature.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, why: 'mismatch' };
}
