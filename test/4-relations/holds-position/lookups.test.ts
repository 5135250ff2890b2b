import { describe, expect, it } from 'vitest';
import { orgEndingAt, positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, title: string, org: string | undefined];

describe('orgEndingAt', () => {
  const rows: Row[] = [
    ['the organization right before the title', '星澜影业总经理王海涛出席会议。', '总经理', '星澜影业'],
    ['past one space', '星澜影业 总经理王海涛出席会议。', '总经理', '星澜影业'],
    ['sharing a character with the title (通讯部 + 部长)', '尼日利亚通讯部长奥卢·阿德耶米访问北京。', '部长', '尼日利亚通讯部'],
    ['past its second name in brackets', '星澜传媒集团有限公司(青川广播电视台)党委书记王海涛出席会议。', '党委书记', '星澜传媒集团有限公司'],
    ['…in full-width brackets', '星澜传媒集团有限公司（青川广播电视台）党委书记王海涛出席会议。', '党委书记', '星澜传媒集团有限公司'],
    ['not past brackets holding no organization', '星澜传媒集团有限公司(2023年)党委书记王海涛出席会议。', '党委书记', undefined],
    ['no organization before the title', '总经理王海涛出席会议。', '总经理', undefined],
  ];
  it.each(rows)('%s', (_label, text, title, org) => {
    const lookups = positionLookups(relationContext(text));
    expect(orgEndingAt(lookups, text.indexOf(title))?.entity.name).toBe(org);
  });
});
