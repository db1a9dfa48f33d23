import { describe, expect, it } from 'vitest';
import { cleanOcrText, MAX_OCR_CHARS } from '../../src/ocr/clean.js';

describe('cleanOcrText', () => {
  it('closes the spaces an engine puts between Chinese characters, so words are found again', () => {
    expect(cleanOcrText('【中 国 银行 】 您 的 账户 存在 异常')).toBe('【中国银行】您的账户存在异常');
  });

  it('runs a bubble wrapped mid-word on into one line, but keeps sentences and Latin words apart', () => {
    expect(cleanOcrText('把存款转到安全账\n户，核查完会退给你。\n真的吗')).toBe('把存款转到安全账户，核查完会退给你。\n真的吗');
    expect(cleanOcrText('请点击 http://boc-cn.top 认证\nYour package is  on hold')).toBe('请点击 http://boc-cn.top 认证\nYour package is on hold');
  });

  it('drops empty lines and keeps a long document to a screenshot’s length', () => {
    expect(cleanOcrText('\n \n你好\n\n')).toBe('你好');
    expect(cleanOcrText('字'.repeat(MAX_OCR_CHARS * 2))).toHaveLength(MAX_OCR_CHARS);
  });
});
