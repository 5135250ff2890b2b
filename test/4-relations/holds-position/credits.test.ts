import { describe, expect, it } from 'vitest';
import { creditFacts } from '../../../src/4-relations/holds-position/credits.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, facts: string[]];

describe('creditFacts', () => {
  const rows: Row[] = [
    ['at the organization named in the lines before', '主办：青川传媒集团\n责编：王海涛 李文彬', ['王海涛:青川传媒集团:责编', '李文彬:青川传媒集团:责编']],
    ['at the labelled publisher rather than the last one named', '青川传媒集团\n出品：星澜影业\n青川日报\n责编：王海涛 李文彬', ['王海涛:星澜影业:责编', '李文彬:星澜影业:责编']],
    ['at the publisher labelled on the credit\'s own line', '编辑: 王海涛 | 时间: 2015-09-23 16:14:12 | 来源: 青川日报 |\n青川日报消息，节目上线。', ['王海涛:青川日报:编辑']],
    ['in 【】 below the text, at the source named above', '时间:2022-03-03 来源: 青川日报\n节目上线。\n【编辑:王海涛】', ['王海涛:青川日报:编辑']],
    ['at the source after a time on the line of fields above', '时间:2022-03-03 11:18:16 来源: 青川日报 作者:李文彬\n星澜影业发布片单。\n【编辑:王海涛】', ['王海涛:青川日报:编辑']],
    ['two labels on one line, each with its name', '来源：青川日报\n节目上线。\n编辑:王海涛 责任编辑:李文彬', ['王海涛:青川日报:编辑', '李文彬:青川日报:责任编辑']],
    ['a label inside a sentence credits no one', '青川日报报道，会长：王海涛表示支持。', []],
    ['no organization before the credits', '责编：王海涛 李文彬', []],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    const ctx = relationContext(text);
    const lookups = positionLookups(ctx);
    const found = sentenceViews(ctx).flatMap((view) => creditFacts(lookups, view, view.mentions.filter((m) => m.entity.type === 'official')));
    expect(found.map((r) => [r.source.entity.name, r.target.entity.name, r.title].join(':'))).toEqual(facts);
  });
});
