import { describe, expect, it } from 'vitest';
import { organizedByTopic } from '../../src/4-relations/organized-by-topic.js';
import { relationContext } from '../support.js';

type Row = [label: string, text: string, facts: string[]];

const facts = (text: string) => organizedByTopic(relationContext(text)).map((r) => `${r.source.entity.name} → ${r.target.entity.name}`);

describe('organizedByTopic', () => {
  const rows: Row[] = [
    ['the topic launches a run of quoted programmes in a later clause', '此外，国家广播电视总局积极强化网络视听的优势，并延展开来，相继推出“青川微短剧看山水”“青川微短剧看古城”等多项创作计划。',
      ['国家广播电视总局 → “青川微短剧看山水”创作计划', '国家广播电视总局 → “青川微短剧看古城”创作计划']],
    ['通过 between the topic and the verb', '国家广播电视总局通过举办2025青川短视频大赛、首届青川微短剧大赛等活动，加强国际传播。',
      ['国家广播电视总局 → 2025青川短视频大赛', '国家广播电视总局 → 首届青川微短剧大赛']],
    ['an adverb jieba tags as a noun (大力) before 实施', '国家广播电视总局大力实施“青川视听”播映工程，增进文化交流。', ['国家广播电视总局 → “青川视听”播映工程']],
    ['a sentence that names no actor goes on with the topic of the one before', '国家广播电视总局先后实施了多项举措。同时，通过开展“青川网络视听精品创作工程”等活动，引领创作。',
      ['国家广播电视总局 → 青川网络视听精品创作工程']],
    ['…not when it names an actor of its own', '国家广播电视总局先后实施了多项举措。同时，通过与芒果TV合作开展“青川网络视听精品创作工程”引领创作。', []],
    ['a noun glued to the name may be the rest of it', '芒果TV公益发起“青川公益日”主题活动。', []],
    ['a passive 由 clause is the organizer list', '国家广播电视总局表示，由芒果TV举办2025青川短视频大赛。', []],
    ['another actor before the verb is its own subject', '国家广播电视总局表示，芒果TV将举办2025青川短视频大赛。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
