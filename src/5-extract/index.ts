export { createExtractor, extract, ExtractOptionsSchema, ExtractorOptionsSchema, MAX_TEXT_LENGTH } from './extractor.js';
export type { ExtractOptions, Extractor, ExtractorOptions } from './extractor.js';
export type { Candidate, CandidateKind, Recognizer, RecognizerContext } from '../2-mentions/recognizer.js';
export type { RelationCandidate, RelationContext, RelationRule } from '../4-relations/index.js';
export { defaultRecognizers } from '../2-mentions/recognizers/index.js';
export { defaultRelationRules } from '../4-relations/rules.js';
