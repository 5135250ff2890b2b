import { describe, expect, it } from 'vitest';
import { createExtractor, defaultRecognizers, type Recognizer } from '../../src/5-extract/index.js';

/** Invented news: names of a company and a programme that no dictionary knows. */
const TEXT = '近日，星河视界公司宣布启动青禾计划，星河视界总裁林知远出席。青禾计划面向青年创作者。';

describe('a lexicon per extractor', () => {
  it('no word of one extractor\'s dictionary changes what another reads or extracts', () => {
    let tokens: string[] = [];
    const probe: Recognizer = { name: 'probe', recognize: (ctx) => { tokens = ctx.tokens.map((t) => t.word); return []; } };
    const plain = createExtractor({ recognizers: [...defaultRecognizers, probe] });
    const before = plain.extract(TEXT);
    const tokensBefore = tokens;
    // A second extractor whose dictionary knows a brand 林知 (given to jieba, it would cut 总裁|林知|远) and a programme.
    createExtractor({ dictionary: { organizations: [{ name: '林知', subtype: 'company' }], vocabulary: ['青禾计划'] } }).extract(TEXT);
    expect(plain.extract(TEXT)).toEqual(before);
    expect(tokens).toEqual(tokensBefore);
  });

  it('the extractor that has the words reads them as words', () => {
    const own = createExtractor({ dictionary: { vocabulary: ['青禾计划'] } });
    const plain = createExtractor();
    let seen: [boolean, boolean] | undefined;
    const probe: Recognizer = { name: 'probe', recognize: (ctx) => { seen = [ctx.lexicon.isWord('青禾计划'), ctx.lexicon.isWord('国家')]; return []; } };
    createExtractor({ dictionary: { vocabulary: ['青禾计划'] }, recognizers: [probe] }).extract(TEXT);
    expect(seen).toEqual([true, true]);
    createExtractor({ recognizers: [probe] }).extract(TEXT);
    expect(seen).toEqual([false, true]);
    expect(own.extract(TEXT).entities.length).toBeGreaterThan(0);
    expect(plain.extract(TEXT).entities.length).toBeGreaterThan(0);
  });

  it('gives a plug-in the part-of-speech tags of its extractor', () => {
    let tag: string | undefined;
    const probe: Recognizer = { name: 'probe', recognize: (ctx) => { tag = ctx.lexicon.posTag('星河视界'); return []; } };
    createExtractor({ dictionary: { organizations: [{ name: '星河视界', subtype: 'company' }] }, recognizers: [probe] }).extract(TEXT);
    expect(tag).toBe('nt');
  });
});
