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
    ['no organization before the credits', '责编：王海涛 李文彬', []],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    const ctx = relationContext(text);
    const lookups = positionLookups(ctx);
    const found = sentenceViews(ctx).flatMap((view) => creditFacts(lookups, view, view.mentions.filter((m) => m.entity.type === 'official')));
    expect(found.map((r) => [r.source.entity.name, r.target.entity.name, r.title].join(':'))).toEqual(facts);
  });
});
