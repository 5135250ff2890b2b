/** Helpers shared by tests of several stages. */

/** The error a function throws (fails the test when it throws nothing). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

import { createExtractor } from '../src/5-extract/extractor.js';
import type { RelationContext } from '../src/4-relations/index.js';

let captured: RelationContext | undefined;
const capturing = createExtractor({ relationRules: [{ name: 'capture', relate: (ctx) => { captured = ctx; return []; } }] });

/** What the relation rules read for `text` with the bundled dictionary: tokens, candidates, resolved mentions. */
export function relationContext(text: string, date = '2024-09-09'): RelationContext {
  capturing.extract(text, { date });
  return captured!;
}
