import { describe, expect, it } from 'vitest';
import { createJoinTest } from '../../src/1-segment/normalize.js';
import { isWord } from '../../src/1-segment/tokenizer.js';
import {
  assignConfidence, bundledCalibration, createExtractor, defaultRecognizers, defaultRelationRules, entityRecognizers,
  extractRelations, mentionContext, recognizeMentions, resolveEntities, segmentDocument, selectCandidates,
} from '../../src/5-extract/index.js';

const extractor = createExtractor();
const dictionary = extractor.dictionary;

/** extract() step by step, as the README's architecture section lists the stages. */
function byStages(text: string) {
  const doc = segmentDocument(text, dictionary, { joinTest: createJoinTest(isWord), convertTraditional: true });
  const ctx = mentionContext(doc, dictionary);
  const candidates = recognizeMentions(ctx, defaultRecognizers);
  const kept = selectCandidates(candidates, doc.normalized.text.length);
  const resolution = resolveEntities(kept, doc.normalized, dictionary);
  const relations = extractRelations(defaultRelationRules, { ...ctx, kept, resolution, date: doc.meta.date });
  assignConfidence(resolution.entities, relations, entityRecognizers(resolution), bundledCalibration());
  return { doc, candidates, kept, resolution, relations };
}

const rows: [string, string][] = [
  ['an appointment', '星澜影业宣布，任命周启航为总经理。'],
  ['a meeting with a foreign minister', '国家广播电视总局局长孙启航会见科特迪瓦通讯部长阿马杜·库里巴利。'],
  ['a work broadcast by a platform', '网络剧《山海长歌》在芒果TV独播。'],
  ['a PDF break inside a word', '国家广播电视总局印发《关于推动微短剧健康发展的通\n\n知》。'],
];

describe('the stages of extract(), run one by one', () => {
  it.each(rows)('%s: the same entities and relations as extract()', (_label, text) => {
    const { resolution, relations } = byStages(text);
    const whole = extractor.extract(text);
    expect(resolution.entities).toEqual(whole.entities);
    expect(relations).toEqual(whole.relations);
  });

  it.each(rows)('%s: each stage hands the next what it reads', (_label, text) => {
    const { doc, candidates, kept, resolution } = byStages(text);
    expect(doc.tokens.length).toBeGreaterThan(0);
    expect(doc.sentences.length).toBeGreaterThan(0);
    // Selection keeps a subset of the candidates; every resolved mention comes from a kept candidate.
    expect(kept.every((c) => candidates.includes(c))).toBe(true);
    expect(resolution.mentions.every((m) => kept.includes(m.candidate))).toBe(true);
  });
});
