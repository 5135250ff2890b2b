/**
 * Reading news files whatever their encoding: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, and the GB18030 / GBK / GB2312 family that Chinese news archives are often kept in.
 */
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';

export interface DecodeOptions {
  /** Encoding to decode with instead of detecting one (any name iconv-lite knows: `gbk`, `big5`, `utf-16le`…). */
  encoding?: string;
  /** What is being decoded, named in error messages (the CLI passes the file path). */
  name?: string;
}

export interface DecodedText {
  text: string;
  /** The encoding used: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, or the one asked for. */
  encoding: string;
}

/** How many bytes the binary-file test looks at (as git does, the head of the file is enough). */
const SNIFF_BYTES = 8192;

const label = (options: DecodeOptions | undefined) => options?.name ?? 'input';

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Why the bytes are not text, or undefined when they may be: a PDF, a NUL byte, or more than 5% of
 * control characters other than tab, line feed, form feed, carriage return and escape in the head.
 */
function binaryReason(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'looks like a PDF file, not text (extract its text first, e.g. with pdftotext)';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'looks like a binary file (it contains NUL bytes)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
    else if (b === 0x7f) controls++;
  }
  if (controls > 0 && controls > n * 0.05) return 'looks like a binary file (too many control characters)';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: ASCII characters in UTF-16 have a zero
 * high byte, so the zeros all fall on odd offsets (little endian) or all on even ones (big endian).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) { if (i % 2 === 0) even++; else odd++; }
  const units = n / 2;
  if (odd >= units * 0.25 && even === 0) return 'utf-16le';
  if (even >= units * 0.25 && odd === 0) return 'utf-16be';
  // Chinese text has few ASCII characters, so few zero bytes: read the code units instead. Nearly all
  // of a Chinese text's units are CJK, CJK or full-width punctuation, or ASCII; bytes of another
  // encoding (UTF-8, GB18030) read as UTF-16 scatter over the whole range. Valid UTF-8 is never asked.
  if (strictUtf8(bytes.subarray(0, n), true) !== undefined) return undefined;
  for (const endian of ['utf-16le', 'utf-16be'] as const) if (textLikeShare(bytes, n, endian === 'utf-16le') >= 0.95) return endian;
  return undefined;
}

/** The share of the first `n` bytes' UTF-16 code units that text in Chinese is made of. */
function textLikeShare(bytes: Uint8Array, n: number, littleEndian: boolean): number {
  let textLike = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if ((unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x3000 && unit <= 0x303f)
      || (unit >= 0xff00 && unit <= 0xffef) || (unit >= 0x2000 && unit <= 0x206f) || (unit >= 0x20 && unit <= 0x7e) || unit === 0x0a || unit === 0x0d || unit === 0x09) textLike++;
  }
  return textLike / Math.floor(n / 2);
}

/** `bytes` decoded as UTF-8, or undefined when they are not; `head`: a sequence cut at the end is allowed (the head of a longer file). */
function strictUtf8(bytes: Uint8Array, head = false): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes, { stream: head });
  } catch {
    return undefined;
  }
}

/**
 * GB18030 (a superset of GBK and GB2312), accepted only when it is exact and looks like Chinese:
 * the decoded text encodes back to the same bytes (no invalid sequence became U+FFFD), and most of
 * its two-byte characters are GB2312 characters, as ordinary Chinese text is. Almost any run of
 * high bytes decodes as *some* GB18030, so without this test Latin-1 or random bytes would pass.
 */
function strictGb18030(bytes: Uint8Array): string | undefined {
  const buffer = asBuffer(bytes);
  const text = iconv.decode(buffer, 'gb18030');
  if (!iconv.encode(text, 'gb18030').equals(buffer)) return undefined;
  let twoByte = 0;
  let common = 0;
  let fourByte = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const next = bytes[i + 1] ?? 0;
    if (next >= 0x30 && next <= 0x39) { fourByte++; i += 4; continue; }
    twoByte++;
    // GB2312: symbols in A1–A9, hanzi in B0–F7, each with a trail byte in A1–FE.
    if (((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xf7)) && next >= 0xa1 && next <= 0xfe) common++;
    i += 2;
  }
  if (twoByte === 0) return fourByte === 0 ? text : undefined;
  if (common < twoByte * 0.6 || fourByte > twoByte * 0.1) return undefined;
  return text;
}

/** Decodes with an encoding the caller names; iconv-lite drops a byte-order mark. */
function decodeAs(bytes: Uint8Array, encoding: string, options: DecodeOptions | undefined): DecodedText {
  const name = encoding.trim().toLowerCase();
  if (!iconv.encodingExists(name)) throw new TypeError(`shiting-kg: ${label(options)}: unknown encoding "${encoding}"`);
  const text = iconv.decode(asBuffer(bytes), name);
  const reason = name.startsWith('utf-16') || name.startsWith('ucs2') || name.startsWith('utf16') ? undefined : binaryReason(bytes);
  if (reason) throw new Error(`shiting-kg: ${label(options)}: ${reason}`);
  return { text, encoding: name };
}

/**
 * Decodes the bytes of a text file. With `options.encoding`, decodes with it; otherwise detects the
 * encoding: a byte-order mark first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030 (which
 * covers GBK and GB2312) when the bytes are valid GB18030 and read as Chinese.
 * Throws `shiting-kg: <name>: …` for binary data and for bytes no encoding explains.
 */
export function decodeText(bytes: Uint8Array, options?: DecodeOptions): DecodedText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`shiting-kg: decodeText(bytes): bytes must be a Uint8Array or Buffer`);
  if (options?.encoding !== undefined) return decodeAs(bytes, options.encoding, options);
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : utf16WithoutBom(bytes);
  if (utf16) {
    const text = iconv.decode(asBuffer(bytes), utf16);
    if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text.slice(0, SNIFF_BYTES))) {
      throw new Error(`shiting-kg: ${label(options)}: looks like a binary file (control characters in ${utf16} text)`);
    }
    return { text, encoding: utf16 };
  }
  const reason = binaryReason(bytes);
  if (reason) throw new Error(`shiting-kg: ${label(options)}: ${reason}`);
  const utf8 = strictUtf8(bytes); // TextDecoder drops a UTF-8 byte-order mark
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = strictGb18030(bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  throw new Error(`shiting-kg: ${label(options)}: cannot detect the text encoding (try --encoding)`);
}

/**
 * Reads a text file and decodes it with `decodeText`. Errors name the path:
 * `shiting-kg: <path>: no such file`, `…: is a directory`, `…: permission denied`.
 */
export async function readTextFile(path: string, options?: Omit<DecodeOptions, 'name'>): Promise<DecodedText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory'
        : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
          : code === 'ENOTDIR' ? 'no such file (a parent is not a directory)'
            : `cannot read (${(error as Error).message})`;
    throw new Error(`shiting-kg: ${path}: ${what}`, { cause: error });
  }
  return decodeText(bytes, { ...options, name: path });
}
