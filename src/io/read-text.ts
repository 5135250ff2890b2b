/**
 * Reading news files whatever their encoding: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, and the GB18030 / GBK / GB2312 family that Chinese news archives are often kept in.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
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

/** Input files larger than this are refused unless the caller raises the limit (`maxBytes`, the CLI's --max-input-mb). */
export const DEFAULT_MAX_INPUT_MB = 100;

/** Options of {@link readTextFile}. */
export interface ReadTextOptions extends Omit<DecodeOptions, 'name'> {
  /** Largest file read, in bytes [{@link DEFAULT_MAX_INPUT_MB} MB]: a larger one is refused before it is read. */
  maxBytes?: number;
}

const MB = 2 ** 20;

/** What a file that is not a regular file is, for the refusal (reading a device or a FIFO never ends, or blocks). */
function specialKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a directory';
  const kind = info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isFIFO() ? 'a FIFO (named pipe)' : info.isSocket() ? 'a socket' : 'not a regular file';
  return `is ${kind}, not a text file: refused (only regular files are read)`;
}

/** An input refused by a rule of this module (its message is the reason), not by the file system. */
const refused = (message: string) => Object.assign(new Error(message), { refused: true });

const sizeText = (bytes: number) => (bytes < MB ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / MB).toFixed(1)} MB`);

const tooLarge = (size: string, maxBytes: number) =>
  `is ${size}, over the input limit of ${+(maxBytes / MB).toFixed(3)} MB (raise it with maxBytes, or --max-input-mb on the command line)`;

/** The bytes of the regular file `path`, refused when it is a special file or over `maxBytes`. */
async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  // stat first: opening a FIFO waits for a writer. O_NONBLOCK: a file swapped for a FIFO meanwhile does not block either.
  const before = specialKind(await stat(path));
  if (before) throw refused(before);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    const kind = specialKind(info);
    if (kind) throw refused(kind);
    if (info.size > maxBytes) throw refused(tooLarge(sizeText(info.size), maxBytes));
    // Read at most one byte past the limit: a file that grows while it is read is refused, not read without end.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes, info.size) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
    // One byte more than its size: the file grew while it was read.
    const grew = length > maxBytes ? tooLarge('growing past the limit', maxBytes) : 'cannot read (the file grew while it was read)';
    throw refused(grew);
  } finally {
    await handle.close();
  }
}

/** The message of a failed read, naming what went wrong in words. */
function readError(path: string, error: unknown): Error {
  if ((error as { refused?: boolean }).refused) return new Error(`shiting-kg: ${path}: ${(error as Error).message}`);
  const code = (error as NodeJS.ErrnoException).code;
  const what = code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : code === 'ENOTDIR' ? 'no such file (a parent is not a directory)'
            : `cannot read (${(error as Error).message})`;
  return new Error(`shiting-kg: ${path}: ${what}`, { cause: error });
}

/**
 * Reads a text file and decodes it with `decodeText`. Errors name the path:
 * `shiting-kg: <path>: no such file`, `…: is a directory`, `…: permission denied`; a device, FIFO or
 * socket (`/dev/zero`) is refused without reading, and so is a file over `options.maxBytes`
 * [{@link DEFAULT_MAX_INPUT_MB} MB].
 */
export async function readTextFile(path: string, options?: ReadTextOptions): Promise<DecodedText> {
  const { maxBytes = DEFAULT_MAX_INPUT_MB * MB, ...decode } = options ?? {};
  if (!(typeof maxBytes === 'number' && maxBytes >= 0)) throw new TypeError(`shiting-kg: readTextFile: "maxBytes" must be a number ≥ 0, got ${String(maxBytes)}`);
  let bytes: Buffer;
  try {
    bytes = await readBounded(path, maxBytes);
  } catch (error) {
    throw readError(path, error);
  }
  return decodeText(bytes, { ...decode, name: path });
}
