import { describe, expect, it } from 'vitest';
import { clauseBody } from '../../../src/4-relations/holds-position/clause-body.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';
import { positionFacts } from './facts.js';

type Row = [label: string, text: string, name: string, body: string | undefined];

describe('clauseBody', () => {
  const rows: Row[] = [
    ['the body that opens the sentence', '星澜影业宣布，王海涛出任首席执行官。', '王海涛', '星澜影业'],
    ['the last body before the name', '星澜影业总裁李建国表示，海外业务中心升级为青川影业，王海涛担任总经理。', '王海涛', '青川影业'],
    ['a source cited with 据 is none', '据新浪科技报道，王海涛升任总裁。', '王海涛', undefined],
    ['a body after the name is none', '王海涛升任总裁，星澜影业宣布。', '王海涛', undefined],
  ];
  it.each(rows)('%s', (_label, text, name, body) => {
    const ctx = relationContext(text);
    const [view] = sentenceViews(ctx);
    const at = text.indexOf(name);
    expect(clauseBody(ctx, view!, { start: at, end: at + name.length })?.entity.name).toBe(body);
  });
});

describe('holds_position at the body of the sentence', () => {
  const rows: [label: string, text: string, facts: string[]][] = [
    ['a post naming no body, at the one the sentence opens with', '星澜影业董事长李建国出席。星澜影业迎来高管调整，王海涛升任联席总裁。', [
      '李建国>星澜影业:董事长', '王海涛>星澜影业:联席总裁',
    ]],
    ['a unit set up before, taken by 由…兼任', '星澜影业董事长李建国出席。成立星澜影视工作室，由王海涛兼任副总经理，向李建国汇报。', [
      '李建国>星澜影业:董事长', '王海涛>星澜影视工作室:副总经理',
    ]],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
