export { createExtractor, extract, ExtractOptionsSchema, ExtractorOptionsSchema, MAX_TEXT_LENGTH } from './extractor.js';
export type { ExtractOptions, Extractor, ExtractorOptions } from './extractor.js';
export type { Candidate, CandidateKind, Recognizer, RecognizerContext } from '../2-mentions/recognizer.js';
export type { RelationCandidate, RelationContext, RelationRule } from '../4-relations/index.js';
export { defaultRecognizers } from '../2-mentions/recognizers/index.js';
export { defaultRelationRules } from '../4-relations/rules.js';
// The stages extract() runs, one exported step each (see runStages in ./extractor.ts).
export { segmentDocument, type SegmentedDocument, type SegmentOptions } from '../1-segment/segment-document.js';
export { mentionContext, recognizeMentions } from '../2-mentions/recognize-mentions.js';
export { selectCandidates } from '../3-resolve/select.js';
export { resolveEntities, type Resolution, type ResolvedMention } from '../3-resolve/entities.js';
export { extractRelations } from '../4-relations/index.js';
export { assignConfidence, entityRecognizers } from './confidence.js';
export { bundledCalibration, confidenceOf, loadCalibrationFile, parseCalibration, type Calibration } from './calibration.js';
