import { describe, expect, it } from 'vitest';
import { positionFacts } from './facts.js';

type Row = [label: string, text: string, facts: string[]];

/** Each text names the person once with a title first (so the name is known), then states a post the other way. */
describe('holds_position from a copula, a removal, a succession', () => {
  const rows: Row[] = [
    ['a copula with the organization named', '星澜影业董事长李建国是青川广播电视台台长。', ['李建国>星澜影业:董事长', '李建国>青川广播电视台:台长']],
    ['…past an adverb that makes it former', '星澜影业董事长李建国此前为青川广播电视台台长。', ['李建国>星澜影业:董事长', '李建国>青川广播电视台:台长(former)']],
    ['a copula before a title that is the next name\'s gives nothing', '星澜影业董事长李建国为青川广播电视台台长王海涛颁奖。', ['李建国>星澜影业:董事长', '王海涛>青川广播电视台:台长']],
    ['a copula before no post gives nothing', '星澜影业董事长李建国为行业发展建言。', ['李建国>星澜影业:董事长']],
    ['a removal with 同志 and 的: former posts up to 职务', '星澜影业董事长李建国出席。会议宣布，免去李建国同志的青川广播电视台台长、党委书记职务。', [
      '李建国>星澜影业:董事长', '李建国>青川广播电视台:党委书记(former)', '李建国>青川广播电视台:台长(former)',
    ]],
    ['…without 的, and 另有任用 after', '星澜影业董事长李建国出席。会议宣布，免去李建国同志青川广播电视台台长职务，另有任用。', ['李建国>星澜影业:董事长', '李建国>青川广播电视台:台长(former)']],
    ['a removal needs its word of post', '星澜影业董事长李建国出席。免去李建国的青川广播电视台台长王海涛。', ['李建国>星澜影业:董事长', '王海涛>青川广播电视台:台长']],
    ['任命X同志为: 同志 between the name and 为', '星澜影业董事长王海涛出席。会议宣布，任命王海涛同志为青川广播电视台台长。', ['王海涛>星澜影业:董事长', '王海涛>青川广播电视台:台长']],
    ['a successor holds the posts after the predecessor\'s name (the predecessor, an official by the succession, held them)', '星澜影业总裁王海涛已接任李建国为青川广播电视台党委书记、董事长。', [
      '李建国>青川广播电视台:党委书记(former)', '李建国>青川广播电视台:董事长(former)',
      '王海涛>星澜影业:总裁', '王海涛>青川广播电视台:党委书记', '王海涛>青川广播电视台:董事长',
    ]],
    ['…and the predecessor held them', '青川广播电视台台长李建国出席。星澜影业总裁王海涛接任李建国为星澜传媒集团董事长。', [
      '李建国>星澜传媒集团:董事长(former)', '李建国>青川广播电视台:台长', '王海涛>星澜传媒集团:董事长', '王海涛>星澜影业:总裁',
    ]],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
