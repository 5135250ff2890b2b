export { createExtractor, extract, ExtractOptionsSchema, ExtractorOptionsSchema, MAX_TEXT_LENGTH } from './pipeline.js';
export type { ExtractOptions, Extractor, ExtractorOptions } from './pipeline.js';
export type { Candidate, CandidateKind, Recognizer, RecognizerContext } from './recognizer.js';
export type { RelationCandidate, RelationContext, RelationRule } from './relations/index.js';
export { defaultRecognizers } from './recognizers/index.js';
export { defaultRelationRules } from './relations/rules.js';
