import { describe, expect, it } from 'vitest';
import { congresses } from '../../../../src/2-mentions/recognizers/named-phrases/congresses.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('congresses', () => {
  const rows: Row[] = [
    ['a plenary session with 党的 and its edition', '会议传达学习党的十八届五中全会精神。', ['event/conference:党的十八届五中全会']],
    ['a plenary session without 党的', '根据十七届四中全会的部署，青川市开展工作。', ['event/conference:十七届四中全会']],
    ['a party congress', '深入学习党的十八大报告。', ['event/conference:党的十八大']],
    ['a session known by name (全国两会)', '全国两会期间，青川市代表热议视听产业。', ['event/conference:全国两会']],
    ['大 that begins a longer word is no congress', '党的十八大会堂里座无虚席。', []],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(congresses(relationContext(text), 'test'))).toEqual(names);
  });
});
