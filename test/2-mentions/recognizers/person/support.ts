/**
 * Runs one person rule on a sentence of its own: the recognizers before `person` run as in the
 * extractor, then the rules given as `first` (a rule may read the people they found), then the rule.
 */
import { createExtractor } from '../../../../src/5-extract/extractor.js';
import { defaultRecognizers, person } from '../../../../src/2-mentions/recognizers/index.js';
import type { Recognizer, RecognizerContext } from '../../../../src/2-mentions/recognizer.js';
import { PersonScan, type PersonRule } from '../../../../src/2-mentions/recognizers/person/scan.js';

let seen: RecognizerContext | undefined;
const capture: Recognizer = { name: 'capture', recognize: (ctx) => { seen = ctx; return []; } };
const extractor = createExtractor({ recognizers: [...defaultRecognizers.slice(0, defaultRecognizers.indexOf(person)), capture] });

/** What `rule` alone adds, as `kind:name` (`kind:name/subtype` when it has one), in the order found. */
export function found(rule: PersonRule, sentence: string, first: readonly PersonRule[] = []): string[] {
  extractor.extract(sentence);
  const scan = new PersonScan(seen!, 'person');
  for (const r of first) r(scan);
  const from = scan.out.length;
  rule(scan);
  return scan.out.slice(from).map((c) => `${c.kind}:${c.name}${c.subtype ? `/${c.subtype}` : ''}`);
}
