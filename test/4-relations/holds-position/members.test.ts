import { describe, expect, it } from 'vitest';
import { positionFacts } from './facts.js';

type Row = [label: string, text: string, facts: string[]];

describe('holds_position of the members of a body', () => {
  const rows: Row[] = [
    ['members listed after the body, each keeping the posts of its own titles', '青川省网络视听协会执行委员会成员为：星澜影业CEO王海涛、青川传媒集团总裁杨建国。', [
      '杨建国>青川传媒集团:总裁', '杨建国>青川省网络视听协会执行委员会:成员', '王海涛>星澜影业:CEO', '王海涛>青川省网络视听协会执行委员会:成员',
    ]],
    ['a body composed of people (由…组成)', '星澜影业总裁王海涛、董事长杨建国出席。青川省网络视听协会执行委员会由王海涛、杨建国组成。', [
      '杨建国>星澜影业:董事长', '杨建国>青川省网络视听协会执行委员会:成员', '王海涛>星澜影业:总裁', '王海涛>青川省网络视听协会执行委员会:成员',
    ]],
    ['由 with no verb of composing gives no members', '星澜影业总裁王海涛出席。青川省网络视听协会执行委员会由青川省广播电视局指导，王海涛任秘书长。', ['王海涛>星澜影业:总裁']],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
