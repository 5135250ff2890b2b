import { describe, expect, it } from 'vitest';
import { bodyClashes } from '../../../src/4-relations/holds-position/kind-fit.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { relationContext } from '../../support.js';
import { positionFacts } from './facts.js';

type Row = [label: string, text: string, facts: string[]];

/** Titles that pass on to a listed name's organization only when of its kind; a regional head only at a government. */
describe('holds_position by the kind of a title', () => {
  const rows: Row[] = [
    ['a vice-head after the head, at the same body', '青川省网络视听协会会长刘建国、副会长王晓东出席活动。', ['刘建国>青川省网络视听协会:会长', '王晓东>青川省网络视听协会:副会长']],
    ['a director and an actor beside a company head hold nothing there', '星澜影业总裁刘建国、导演王晓东、演员张丽出席发布会。', ['刘建国>星澜影业:总裁']],
    ['a governor after a party post of the province is not at the party committee', '广东省委副书记、省长王伟中出席会议。', ['王伟中>中国共产党广东省委员会:副书记']],
    ['a governor named with the government is at it', '广东省人民政府省长王伟中出席会议。', ['王伟中>广东省人民政府:省长']],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});

/** A body a title takes only from its clause must not be of a sort another kind of title names by itself. */
describe('bodyClashes', () => {
  const rows: [label: string, text: string, title: string, org: string, clashes: boolean][] = [
    ['a company post at a bureau clashes', '青川省广播电视局召开会议，王海涛升任总裁。', '总裁', '青川省广播电视局', true],
    ['a company post at a company does not', '星澜影业召开会议，王海涛升任总裁。', '总裁', '星澜影业', false],
    ['a party post clashes with no body', '青川省广播电视局召开会议，王海涛任党组书记。', '党组书记', '青川省广播电视局', false],
  ];
  it.each(rows)('%s', (_label, text, title, org, clashes) => {
    const ctx = relationContext(text);
    const lookups = positionLookups(ctx);
    const at = text.indexOf(title);
    const body = lookups.orgMentions.find((m) => m.entity.name === org)!;
    expect(bodyClashes(ctx, lookups.titles.startingAt(at)[0]!, body)).toBe(clashes);
  });
});
