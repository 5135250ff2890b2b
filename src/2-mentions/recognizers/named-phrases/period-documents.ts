import { longestSuffix } from '../../../dictionary/compile.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { clean } from './clean-name.js';

/**
 * A report named by the period it covers: 截至2026年3月31日止的全年业绩公告 (截至, a date, 止的, then at most
 * eight characters ending in a document cue at a word's end). The period is part of the name, as filings
 * are titled; without it, 全年业绩公告 alone is no name.
 */
export function periodDocuments(ctx: RecognizerContext, by: string): Candidate[] {
  const { text, dictionary: dict } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(/截至[^，。；！？\n《》]{4,20}?止的(\p{Script=Han}{2,8})/gu)) {
    const tailStart = m.index + m[0].length - m[1]!.length;
    // The longest run of the words after 的 that ends in a document cue at a word's end.
    for (let end = m.index + m[0].length; end > tailStart + 1; end--) {
      const cue = ctx.tokenEndingAt.has(end) ? longestSuffix(text, dict.documentCues, 8, end, tailStart) : undefined;
      if (!cue) continue;
      out.push({ kind: 'document', start: m.index, end, name: clean(text.slice(m.index, end)), subtype: cue.value, priority: 9, by });
      break;
    }
  }
  return out;
}
