import { describe, expect, it } from 'vitest';
import { lastJoinedName } from '../../../src/4-relations/holds-position/joined-names.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { relationContext } from '../../support.js';
import { positionFacts } from './facts.js';

type Row = [label: string, text: string, name: string, last: string];

const PROLOGUE = '星澜影业总经理王海涛、副总经理李建国、总监张明出席。';

describe('lastJoinedName', () => {
  const rows: Row[] = [
    ['joined by 和', `${PROLOGUE}王海涛和李建国升任联席总裁。`, '王海涛', '李建国'],
    ['three names, 、 then 与', `${PROLOGUE}王海涛、李建国与张明升任联席总裁。`, '王海涛', '张明'],
    ['a second name in brackets passed over', `${PROLOGUE}王海涛(Tom)和李建国升任联席总裁。`, '王海涛', '李建国'],
    ['no name joined', `${PROLOGUE}王海涛升任联席总裁。`, '王海涛', '王海涛'],
  ];
  it.each(rows)('%s', (_label, text, name, last) => {
    const at = text.lastIndexOf(name);
    const found = lastJoinedName(positionLookups(relationContext(text)), { start: at, end: at + name.length });
    expect(text.slice(found.start, found.end)).toBe(last);
  });
});

describe('holds_position of names sharing a predicate', () => {
  const rows: [label: string, text: string, facts: string[]][] = [
    ['both names hold the post', '星澜影业总经理王海涛、副总经理李建国出席。青川影业迎来高管调整，王海涛和李建国升任联席总裁。', [
      '李建国>星澜影业:副总经理', '李建国>青川影业:联席总裁', '王海涛>星澜影业:总经理', '王海涛>青川影业:联席总裁',
    ]],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
