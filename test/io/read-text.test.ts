import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from '../../src/io/index.js';

const NEWS = '国家广播电视总局局长曹淑敏9月2日会见芒果TV负责人，双方签署《战略合作协议》。\n“网络视听”、微短剧·2024';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: (number[] | Uint8Array | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p as Uint8Array))));
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return b; };

describe('decodeText: detection', () => {
  const rows: [string, Uint8Array, string, string][] = [
    ['UTF-8 without BOM', utf8(NEWS), NEWS, 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', bytes([0xef, 0xbb, 0xbf], utf8(NEWS)), NEWS, 'utf-8'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], Buffer.from(NEWS, 'utf16le')), NEWS, 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16be(NEWS)), NEWS, 'utf-16be'],
    ['UTF-16 LE without BOM, mostly ASCII', new Uint8Array(Buffer.from('Mango TV signed with CCTV. 芒果', 'utf16le')), 'Mango TV signed with CCTV. 芒果', 'utf-16le'],
    ['UTF-16 BE without BOM, mostly ASCII', new Uint8Array(utf16be('Mango TV signed with CCTV. 芒果')), 'Mango TV signed with CCTV. 芒果', 'utf-16be'],
    ['UTF-16 LE without BOM, Chinese only (no zero byte)', new Uint8Array(Buffer.from('星澜影业宣布，任命周启航为总经理。', 'utf16le')), '星澜影业宣布，任命周启航为总经理。', 'utf-16le'],
    ['UTF-16 BE without BOM, Chinese only', new Uint8Array(utf16be('星澜影业宣布，任命周启航为总经理。')), '星澜影业宣布，任命周启航为总经理。', 'utf-16be'],
    ['GB18030 Chinese news', new Uint8Array(iconv.encode(NEWS, 'gb18030')), NEWS, 'gb18030'],
    ['GBK Chinese news', new Uint8Array(iconv.encode(NEWS, 'gbk')), NEWS, 'gb18030'],
    ['GB2312 with CRLF lines', new Uint8Array(iconv.encode('新闻联播\r\n中央广播电视总台', 'gb2312')), '新闻联播\r\n中央广播电视总台', 'gb18030'],
    ['pure ASCII', utf8('CCTV and Mango TV'), 'CCTV and Mango TV', 'utf-8'],
    ['empty', new Uint8Array(0), '', 'utf-8'],
    ['only a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf]), '', 'utf-8'],
    ['emoji and full-width forms', utf8('😀ＡＢＣ１２３《庆余年》'), '😀ＡＢＣ１２３《庆余年》', 'utf-8'],
    ['a Buffer works as a Uint8Array', Buffer.from(NEWS), NEWS, 'utf-8'],
  ];
  it.each(rows)('%s', (_label, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding });
  });

  it('decodes a subarray at its own offset', () => {
    const whole = bytes(utf8('xx'), iconv.encode(NEWS, 'gb18030'));
    expect(decodeText(whole.subarray(2))).toEqual({ text: NEWS, encoding: 'gb18030' });
  });
});

describe('decodeText: explicit encoding', () => {
  it.each([
    ['big5', '中華電視公司與公共電視簽署合作協議'],
    ['gbk', NEWS],
    ['utf-16le', NEWS],
    ['GB18030', NEWS],
  ])('%s', (encoding, text) => {
    expect(decodeText(new Uint8Array(iconv.encode(text, encoding)), { encoding })).toEqual({ text, encoding: encoding.toLowerCase() });
  });

  it('rejects an unknown encoding by name', () => {
    expect(() => decodeText(utf8('abc'), { encoding: 'klingon-8', name: 'a.txt' })).toThrow('shiting-kg: a.txt: unknown encoding "klingon-8"');
  });
});

describe('decodeText: errors', () => {
  const rows: [string, Uint8Array, string][] = [
    ['NUL bytes', bytes(utf8('abc'), [0, 1, 2, 3, 0xff, 0x00]), 'looks like a binary file'],
    ['many control characters', bytes(...Array.from({ length: 50 }, (_, i) => [0x41, 1 + (i % 7)])), 'looks like a binary file'],
    ['a PDF', bytes(utf8('%PDF-1.7\n'), [0xe2, 0xe3, 0xcf, 0xd3]), 'looks like a PDF file'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'looks like a binary file'],
    ['Latin-1 French', new Uint8Array(iconv.encode('Télévision française: émission spéciale à Genève, où l’été…', 'latin1')), 'cannot detect the text encoding (try --encoding)'],
    ['invalid UTF-8 and invalid GB18030', bytes(utf8('新闻'), [0xff, 0xff, 0xff]), 'cannot detect the text encoding (try --encoding)'],
    ['random high bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 97 + 13) % 128))), 'cannot detect the text encoding'],
    ['UTF-16 BOM then control characters', bytes([0xff, 0xfe], Buffer.from('\u0001\u0002\u0003abc', 'utf16le')), 'looks like a binary file'],
  ];
  it.each(rows)('%s', (_label, input, message) => {
    expect(() => decodeText(input, { name: 'news/x.txt' })).toThrow(`shiting-kg: news/x.txt: ${message}`);
  });

  it('names "input" when no name is given', () => {
    expect(() => decodeText(bytes([0, 0, 0, 1]))).toThrow(/^shiting-kg: input: looks like a binary file/);
  });

  it('rejects what is not bytes', () => {
    expect(() => decodeText('text' as unknown as Uint8Array)).toThrow('shiting-kg: decodeText(bytes): bytes must be a Uint8Array or Buffer');
  });

  it('accepts a few control characters in text (form feed, escape, DOS end-of-file)', () => {
    expect(decodeText(utf8(`${NEWS}\f${NEWS}\u001b[0m${NEWS}\u001a`)).encoding).toBe('utf-8');
  });
});

describe('readTextFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'shiting-kg-io-'));
    await writeFile(path.join(dir, 'plain.txt'), NEWS);
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('reads and detects a GBK file', async () => {
    const file = path.join(dir, 'gbk.txt');
    await writeFile(file, iconv.encode(NEWS, 'gbk'));
    expect(await readTextFile(file)).toEqual({ text: NEWS, encoding: 'gb18030' });
  });

  it('reads with an explicit encoding', async () => {
    const file = path.join(dir, 'big5.txt');
    await writeFile(file, iconv.encode('公共電視', 'big5'));
    expect(await readTextFile(file, { encoding: 'big5' })).toEqual({ text: '公共電視', encoding: 'big5' });
  });

  it.each([
    ['a missing file', 'missing.txt', 'no such file'],
    ['a directory', '.', 'is a directory'],
    ['a path through a file', 'plain.txt/child.txt', 'no such file (a parent is not a directory)'],
  ])('%s', async (_label, name, message) => {
    const file = path.join(dir, name);
    await expect(readTextFile(file)).rejects.toThrow(`shiting-kg: ${file}: ${message}`);
  });

  it('names the file in a decoding error', async () => {
    const file = path.join(dir, 'binary.bin');
    await writeFile(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
    await expect(readTextFile(file)).rejects.toThrow(`shiting-kg: ${file}: looks like a binary file`);
  });
});
