import { describe, expect, it } from 'vitest';
import { checkSignature, wechatSignature } from '../../../src/channels/wechat/official-account-signature.js';
import { parseInbound, passiveTextReply } from '../../../src/channels/wechat/official-account-xml.js';

describe('Official Account signature', () => {
  const now = 1_700_000_000_000;
  const ts = String(now / 1000);
  it('accepts WeChat\'s sha1 of the sorted token, timestamp and nonce', () => {
    expect(checkSignature('tok', { signature: wechatSignature('tok', ts, 'abc'), timestamp: ts, nonce: 'abc' }, now)).toEqual({ ok: true });
  });
  it('refuses another nonce, an old timestamp or a missing field', () => {
    const signature = wechatSignature('tok', ts, 'abc');
    expect(checkSignature('tok', { signature, timestamp: ts, nonce: 'abd' }, now)).toEqual({ ok: false, why: 'mismatch' });
    expect(checkSignature('tok', { signature, timestamp: ts, nonce: 'abc' }, now + 3_600_000)).toEqual({ ok: false, why: 'stale' });
    expect(checkSignature('tok', { timestamp: ts, nonce: 'abc' }, now)).toEqual({ ok: false, why: 'missing' });
  });
});

describe('Official Account XML', () => {
  it('keeps a 64-bit MsgId exact and reads CDATA as text', () => {
    const r = parseInbound('<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[转账 <b>&amp;</b>]]></Content><MsgId>23456789012345678901</MsgId></xml>');
    expect(r.ok && r.message).toMatchObject({ MsgId: '23456789012345678901', Content: '转账 <b>&amp;</b>' });
  });
  it('refuses a DOCTYPE and a post without the sender', () => {
    expect(parseInbound('<!DOCTYPE x [<!ENTITY a "b">]><xml><ToUserName>&a;</ToUserName></xml>').ok).toBe(false);
    expect(parseInbound('<xml><ToUserName>gh_1</ToUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>').ok).toBe(false);
  });
  it('writes a passive reply whose text survives "]]>"', () => {
    const xml = passiveTextReply('o1', 'gh_1', 'a ]]> b', 1_700_000_000_000);
    const r = parseInbound(xml);
    expect(r.ok && r.message).toMatchObject({ ToUserName: 'o1', FromUserName: 'gh_1', MsgType: 'text', Content: 'a ]]> b', CreateTime: '1700000000' });
  });
});
