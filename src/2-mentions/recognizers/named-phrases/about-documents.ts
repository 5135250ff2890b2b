import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { clean } from './clean-name.js';

/** 关于做好…的通知 / 意见 / 办法: 关于, at most 60 characters of one clause, 的, then a document cue. */
export function aboutDocuments(ctx: RecognizerContext, by: string): Candidate[] {
  const { text, dictionary: dict } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(/关于[^，。；！？\n《》]{2,60}?的([\p{Script=Han}]{1,6})/gu)) {
    const tail = m[1]!;
    // The longest document cue that opens the words after 的.
    for (let n = tail.length; n >= 1; n--) {
      const subtype = dict.documentCues.get(tail.slice(0, n));
      if (!subtype) continue;
      const start = m.index;
      const end = start + m[0].length - tail.length + n;
      out.push({ kind: 'document', start, end, name: clean(text.slice(start, end)), subtype, priority: 9, by });
      break;
    }
  }
  return out;
}
