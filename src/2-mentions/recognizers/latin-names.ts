import { createRequire } from 'node:module';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { Coverage } from '../span-index.js';
import { kindToSubtype } from './person-names.js';

/** A run of Latin-script words inside Chinese text (Valor Equity Partners, YouTube, xAI). */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'.+\-]{0,40}(?: (?:[A-Z0-9&][A-Za-z0-9&'.+\-]{0,40}|of|and|for|the|de)){0,5}/g;

const englishKinds = new Map<string, 'organization' | 'person' | undefined>();

type Nlp = typeof import('compromise').default;
let nlp: Nlp | undefined;

/**
 * compromise, loaded on first use: it takes ~38 MB and most texts name nothing in Latin script, and a
 * program that only merges, queries or exports graphs (the CLI's main thread) never needs it.
 */
function english(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** What compromise makes of an English name (Vy Capital: an organization; Svensson: a person), remembered per name. */
function englishKind(name: string): 'organization' | 'person' | undefined {
  if (englishKinds.has(name)) return englishKinds.get(name);
  const doc = english()(name);
  const kind = doc.has('#Organization') ? 'organization' : doc.has('#Person') ? 'person' : undefined;
  if (englishKinds.size > 50_000) englishKinds.clear();
  englishKinds.set(name, kind);
  return kind;
}

/**
 * The stretches of a Latin run (at `start` of the text) that may name someone or something: its words
 * that neither a title (`titled`) nor a name found before (`taken`) covers. Words next to a name found
 * before, with no title between, are part of that name or its context and give nothing (Valor Equity
 * Partners); a title parts them (Netflix CEO Ted Sarandos gives Ted Sarandos).
 */
function freeStretches(run: string, start: number, taken: Coverage, titled: Coverage): { text: string; start: number }[] {
  const stretches: { text: string; start: number }[] = [];
  let from = -1;
  let to = -1;
  let nextToTaken = false;
  for (const w of run.matchAll(/\S+/g)) {
    const a = start + w.index;
    const b = a + w[0].length;
    if (taken.overlaps(a, b)) {
      from = -1;
      nextToTaken = true;
    } else if (titled.overlaps(a, b)) {
      if (from >= 0) stretches.push({ text: run.slice(from - start, to - start), start: from });
      from = -1;
      nextToTaken = false;
    } else if (!nextToTaken) {
      if (from < 0) from = a;
      to = b;
    }
  }
  if (from >= 0) stretches.push({ text: run.slice(from - start, to - start), start: from });
  return stretches;
}

/**
 * Latin-script names inside Chinese text. compromise reads the English (Svensson is a last name,
 * Vy Capital an organization); the Chinese around the run decides when it cannot (xAI宣布…, 初创公司xAI).
 * Product and model names (GPT-4o, Qwen2-VL) and bare acronyms of two letters are left alone.
 */
export const latinNames: Recognizer = {
  name: 'latin-names',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, dictionary: dict } = ctx;
    const out: Candidate[] = [];
    const taken = new Coverage(text.length);
    const titled = new Coverage(text.length);
    const orgNear = new Coverage(text.length);
    const titleEndingAt = new Map<number, Candidate>();
    for (const c of ctx.candidates) {
      if (c.kind === 'title') { titled.mark(c.start, c.end); titleEndingAt.set(c.end, c); }
      else if (c.kind !== 'place') taken.mark(c.start, c.end);
      if (c.kind === 'organization') orgNear.mark(c.start - 30, c.end + 30);
    }
    for (const m of text.matchAll(LATIN_RUN)) {
      if (/[A-Za-z0-9]/.test(text[m.index - 1] ?? '')) continue;
      // Netflix CEO Ted Sarandos: the words of the run that no name or title found before holds, one piece per stretch.
      for (const piece of freeStretches(m[0], m.index, taken, titled)) {
        let name = piece.text.replace(/[.\-'&+ ]+$/, '');
        const start = piece.start;
        const end = start + name.length;
        if (name.length < 2 || /\d/.test(name) || /^[A-Z]{1,2}$/.test(name) || /^[a-z]+$/.test(name)) continue;
        const before = text.slice(Math.max(0, start - 8), start).replace(/\s+$/, '');
        const after = text.slice(end, end + 6).replace(/^\s+/, '');
        const inList = /、$/.test(before) || /^、/.test(after);
        const listedWithOrg = inList && orgNear.overlaps(start, end);
        let kind: 'organization' | 'person' | undefined;
        // The Chinese context decides first; compromise (slow to start on every string) reads the English only when it does not.
        // A title right before names a person, whatever the predicate after (Netflix CEO Ted Sarandos表示).
        if (dict.latinPersonWordBefore.test(before)) kind = 'person';
        else if (dict.latinOrganizationWordAfter.test(after) || dict.latinOrganizationWordBefore.test(before) || listedWithOrg) kind = 'organization';
        else if (dict.latinPersonWordAfter.test(after)) kind = 'person';
        else kind = englishKind(name);
        // A capitalised word acting as the subject of a Chinese predicate (Riddick发现…, Moon在…) is someone; not an item
        // of a list (数据分析、Web浏览: a word among nouns).
        if (!kind && !inList && /^[A-Z][a-z]+$/.test(name) && /^(?:v|d|p)$/.test(ctx.tokens[ctx.tokenStartingAt.get(end) ?? -1]?.tag ?? '') && !/^(?:v|d|p)$/.test(ctx.tokens[ctx.tokenEndingAt.get(start) ?? -1]?.tag ?? 'x')) kind = 'person';
        if (!kind) continue;
        name = name.trim();
        // A person right after a title (Netflix CEO Ted Sarandos) holds it: an official.
        const title = titleEndingAt.get(start) ?? (text[start - 1] === ' ' ? titleEndingAt.get(start - 1) : undefined);
        if (kind === 'person' && title) out.push({ kind: 'official', start, end, name, subtype: kindToSubtype(title.subtype), priority: 4, by: this.name });
        else out.push({ kind, start, end, name, subtype: kind === 'organization' ? 'company' : undefined, priority: 4, by: this.name });
      }
    }
    return out;
  },
};
