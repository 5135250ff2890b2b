import { describe, expect, it } from 'vitest';
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
