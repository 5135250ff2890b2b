/**
 * Traditional Chinese input (Taiwan and Hong Kong news): conversion to Simplified with OpenCC that
 * keeps every character at its offset, so a span of the converted text is the same span of the original.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

const HAN = /\p{Script=Han}/u;

let taiwan: Convert | undefined;
let hongKong: Convert | undefined;

/** Taiwan-standard then Hong Kong-standard Traditional → mainland Simplified (built on first use: ~150 ms). */
function phraseConvert(text: string): string {
  taiwan ??= Converter({ from: 'tw', to: 'cn' });
  hongKong ??= Converter({ from: 'hk', to: 'cn' });
  // The Hong Kong pass catches the variants only Hong Kong uses (衞, 綫, 粧); on Simplified text it is a no-op.
  return hongKong(taiwan(text));
}

const charCache = new Map<string, string>();

/** One code point converted alone (no phrase context), kept as it is when its UTF-16 length would change. */
function convertChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const converted = phraseConvert(ch);
    out = converted.length === ch.length ? converted : ch;
    charCache.set(ch, out);
  }
  return out;
}

/**
 * Converts Traditional Chinese to Simplified (OpenCC `tw`/`hk` → `cn`, with phrase rules: 瞭解 → 了解
 * but 乾隆 stays) and guarantees `result.length === text.length` with every UTF-16 unit at its place.
 *
 * OpenCC's Traditional → Simplified dictionaries map n characters to n characters, but a few hundred
 * rare characters change between the Basic plane and a supplementary one (㗲 → 𠵾): such a character
 * is kept as it was. Should a conversion ever change the number of characters, each character is
 * converted on its own instead.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const converted = phraseConvert(text);
  const inChars = Array.from(text);
  const outChars = Array.from(converted);
  const aligned = inChars.length === outChars.length;
  const parts: string[] = new Array<string>(inChars.length);
  for (let i = 0; i < inChars.length; i++) {
    const original = inChars[i]!;
    const candidate = aligned ? outChars[i]! : convertChar(original);
    parts[i] = candidate.length === original.length ? candidate : original;
  }
  return parts.join('');
}

/** Share of Han characters that must change under `toSimplified` for a text to count as Traditional. */
export const TRADITIONAL_THRESHOLD = 0.05;

/**
 * True when the text is written in Traditional Chinese: at least 5% of its Han characters change under
 * Traditional → Simplified conversion (Simplified news scores below 0.1%, Traditional news 20–40%).
 * A text without Han characters is not Traditional.
 */
export function isMostlyTraditional(text: string): boolean {
  return traditionalShare(text) >= TRADITIONAL_THRESHOLD;
}

/**
 * Share of the Han characters of `text` that `toSimplified` changes (0 when there are none). Pass the
 * simplified text when you already have it, to convert only once.
 */
export function traditionalShare(text: string, simplified: string = toSimplified(text)): number {
  let han = 0;
  let changed = 0;
  let at = 0;
  for (const ch of text) {
    if (HAN.test(ch)) {
      han++;
      if (!simplified.startsWith(ch, at)) changed++;
    }
    at += ch.length;
  }
  return han === 0 ? 0 : changed / han;
}
