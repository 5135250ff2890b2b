/**
 * Texts too large for one pass of the stages (a whole archive in one file, a 100 MB dump): split at
 * sentence boundaries into chunks, extract each, and merge the results so that every offset still
 * points into the ORIGINAL text. `extract()` itself reads a text longer than LARGE_TEXT_THRESHOLD
 * this way, so its memory stays that of one chunk's work whatever the text's length.
 */
import type { Entity, ExtractionResult, Relation } from '../types.js';

/** The per-call options a chunk is extracted with (a subset of ExtractOptions). */
interface ChunkOptions {
  date?: string;
  title?: string;
  source?: string;
}

/** Target length of a chunk, in UTF-16 code units (characters). */
export const CHUNK_SIZE = 200_000;

/**
 * Length from which a text is extracted in chunks instead of in one pass: 350,000 characters, about
 * 1 MB of Chinese in UTF-8 (`extract`, `addCorpus` and the CLI alike).
 */
export const LARGE_TEXT_THRESHOLD = 350_000;

/** A chunk of a text: `text.slice(start, end)`. */
export interface TextChunk {
  start: number;
  end: number;
}

const SENTENCE_END = new Set([...'。！？!?']);
const CLOSERS = new Set([...'”’」』）)》"\'']);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The offset just after the sentence end at `i` and the closing quotes that follow it. */
function afterClosers(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  return j;
}

/** Whether the line ending with the line break at `i` ends a sentence or a paragraph (or is blank). */
function endsParagraph(text: string, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && text[j] === '\r') j--;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u3000')) j--;
  if (j < 0 || text[j] === '\n') return true;
  while (j >= 0 && CLOSERS.has(text[j]!)) j--;
  return j >= 0 && SENTENCE_END.has(text[j]!);
}

/**
 * Where to end a chunk that starts at `from` and may not go past `limit`: after the last line break
 * that ends a sentence or a paragraph, else after the last 。！？ (and its closing quotes), else after
 * the last line break, searched back to half the chunk; else at `limit` itself, moved back one unit when
 * it would split a surrogate pair or a `\r\n`.
 */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.max(1, Math.floor((limit - from) / 2));
  for (let i = limit - 1; i >= floor; i--) if (text[i] === '\n' && endsParagraph(text, i)) return i + 1;
  for (let i = limit - 1; i >= floor; i--) {
    if (SENTENCE_END.has(text[i]!)) {
      const end = afterClosers(text, i);
      if (end <= limit) return end;
    }
  }
  for (let i = limit - 1; i >= floor; i--) if (text[i] === '\n') return i + 1;
  let cut = limit;
  if (isHighSurrogate(text.charCodeAt(cut - 1)) || (text[cut - 1] === '\r' && text[cut] === '\n')) cut--;
  return cut;
}

/**
 * Splits `text` into consecutive chunks of at most `chunkSize` [200,000] characters that cover it
 * exactly, each ending at a sentence boundary when one lies in its second half (see `cutPoint`). A
 * chunk never ends inside a surrogate pair. A text no longer than `chunkSize` is one chunk.
 */
export function splitTextIntoChunks(text: string, chunkSize: number = CHUNK_SIZE): TextChunk[] {
  if (!Number.isInteger(chunkSize) || chunkSize < 2) throw new RangeError(`shiting-kg: chunkSize must be an integer ≥ 2, got ${chunkSize}`);
  const chunks: TextChunk[] = [];
  let start = 0;
  while (text.length - start > chunkSize) {
    const end = cutPoint(text, start, start + chunkSize);
    chunks.push({ start, end });
    start = end;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

function unionInto(list: string[], values: Iterable<string>, except?: string): void {
  for (const value of values) if (value !== except && !list.includes(value)) list.push(value);
}

function mergeAttributes(into: Entity, from: Entity): void {
  if (from.attributes === undefined) return;
  if (into.attributes === undefined) {
    into.attributes = structuredClone(from.attributes);
    return;
  }
  for (const [key, value] of Object.entries(from.attributes)) {
    const current = into.attributes[key];
    if (current === undefined) into.attributes[key] = structuredClone(value);
    else if (Array.isArray(current) && Array.isArray(value)) unionInto(current, value);
  }
}

const shifted = <T extends { start: number; end: number }>(span: T, offset: number): T => ({ ...span, start: span.start + offset, end: span.end + offset });

/**
 * Merges the results of the chunks of one text into the result of the whole text.
 *
 * - parts `{ start, result }[]`: each chunk's offset in the whole text and its extraction, in text order.
 *
 * Mention and evidence offsets are shifted by their chunk's start. Entities are merged by id: first
 * seen name and subtype, aliases united, mentions concatenated in text order, array attributes united
 * (other attributes: the first chunk's value). Relations are deduplicated by type, source, target and
 * title (the first statement is kept) and numbered again (`r1`, `r2`, …), in chunk order. `meta` and
 * `date` are the first chunk's, as the header of a document is at its start.
 */
export function mergeChunkResults(parts: readonly { start: number; result: ExtractionResult }[]): ExtractionResult {
  const [first] = parts;
  if (first === undefined) return { entities: [], relations: [], meta: {} };
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const { start, result } of parts) {
    for (const entity of result.entities) {
      const mentions = entity.mentions.map((mention) => shifted(mention, start));
      const known = entities.get(entity.id);
      if (known === undefined) {
        const copy: Entity = { ...entity, aliases: [...entity.aliases], mentions };
        if (entity.attributes !== undefined) copy.attributes = structuredClone(entity.attributes);
        entities.set(entity.id, copy);
        continue;
      }
      unionInto(known.aliases, entity.aliases, known.name);
      if (entity.name !== known.name) unionInto(known.aliases, [entity.name], known.name);
      for (const mention of mentions) known.mentions.push(mention);
      if (known.subtype === undefined && entity.subtype !== undefined) known.subtype = entity.subtype;
      mergeAttributes(known, entity);
    }
    for (const relation of result.relations) {
      const key = `${relation.type}|${relation.source}|${relation.target}|${relation.title ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ ...relation, id: `r${relations.length + 1}`, evidence: shifted(relation.evidence, start) });
    }
  }
  const { result } = first;
  return { entities: [...entities.values()], relations, ...(result.date !== undefined ? { date: result.date } : {}), meta: { ...result.meta } };
}

/** The options each chunk after the first is extracted with: the first chunk's date, when the caller gave none. */
export function laterChunkOptions<O extends ChunkOptions>(options: O, first: ExtractionResult): O {
  const date = options.date ?? first.meta.date ?? first.date;
  return date === undefined ? options : { ...options, date };
}


/**
 * Extracts `text` chunk by chunk with `extractChunk`: the first chunk with `options`, every other one
 * with the date the first found in the header (`laterChunkOptions`), then merged (`mergeChunkResults`).
 * A text of one chunk is one call with `options`. `betweenChunks` is called before each chunk after
 * the first, once the previous chunk's work is garbage (extract() collects it there: ./collect-garbage.ts).
 */
export function extractInChunks<O extends ChunkOptions>(text: string, chunkSize: number, options: O, extractChunk: (chunk: string, options: O) => ExtractionResult, betweenChunks?: () => void): ExtractionResult {
  const [head, ...tail] = splitTextIntoChunks(text, chunkSize);
  if (tail.length === 0) return extractChunk(text, options);
  const first = extractChunk(text.slice(head!.start, head!.end), options);
  const later = laterChunkOptions(options, first);
  const parts = [{ start: 0, result: first }];
  for (const chunk of tail) {
    betweenChunks?.();
    parts.push({ start: chunk.start, result: extractChunk(text.slice(chunk.start, chunk.end), later) });
  }
  return mergeChunkResults(parts);
}
