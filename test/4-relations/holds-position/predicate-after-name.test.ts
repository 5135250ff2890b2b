import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { predicateAfterName } from '../../../src/4-relations/holds-position/predicate-after-name.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, name: string, expected: { predicate: string; capacity: boolean; joined?: string } | undefined];

describe('predicateAfterName', () => {
  const rows: Row[] = [
    ['appointed as: 任命X为', '会议决定任命任涛为青川广播电视台台长，任期五年。', '任涛', { predicate: '为', capacity: false }],
    ['appointed, past adverbs', '王海涛已正式出任星澜影业总经理。', '王海涛', { predicate: '出任', capacity: false }],
    ['a capacity', '王海涛作为星澜影业的总经理出席会议。', '王海涛', { predicate: '作为', capacity: true }],
    ['joining, then a post', '王海涛加入星澜影业，担任首席执行官。', '王海涛', { predicate: '担任', capacity: false, joined: '星澜影业' }],
    ['joining without a post', '王海涛加入星澜影业。', '王海涛', undefined],
    ['no predicate of a post', '王海涛出席会议。', '王海涛', undefined],
  ];
  it.each(rows)('%s', (_label, text, name, expected) => {
    const at = text.indexOf(name);
    const found = predicateAfterName(positionLookups(relationContext(text)), { start: at, end: at + name.length }, 0);
    expect(found && { predicate: found.predicate, capacity: found.capacity, ...(found.joined ? { joined: found.joined.entity.name } : {}) }).toEqual(expected);
  });
});
