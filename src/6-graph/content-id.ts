import { createHash } from 'node:crypto';

/** The id of a document given without one: `doc:` + 16 hex digits of the SHA-256 of its text (or of its result). */
export function contentId(text: string): string {
  return `doc:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}
