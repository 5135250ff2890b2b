import { describe, expect, it } from 'vitest';
import { orgOfBareTitle } from '../../../src/4-relations/holds-position/bare-title-org.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, title: string, org: string | undefined];

describe('orgOfBareTitle', () => {
  const rows: Row[] = [
    ['a bare 集团 refers to the group named before', '星澜传媒集团宣布，王海涛任集团总经理。', '总经理', '星澜传媒集团'],
    ['a title after a clause naming the company', '星澜影业成立于2015年，法定代表人王海涛。', '法定代表人', '星澜影业'],
    ['a title opening the sentence refers to nothing', '总经理王海涛出席会议。', '总经理', undefined],
  ];
  it.each(rows)('%s', (_label, text, title, org) => {
    const ctx = relationContext(text);
    const at = text.indexOf(title);
    const view = sentenceViews(ctx).find((v) => v.sentence.start <= at && at < v.sentence.end)!;
    expect(orgOfBareTitle(positionLookups(ctx), view, at)?.entity.name).toBe(org);
  });
});
