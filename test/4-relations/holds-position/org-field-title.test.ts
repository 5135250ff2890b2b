import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { orgBeforeField } from '../../../src/4-relations/holds-position/org-field-title.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, title: string, expected: [org: string, field: string] | undefined];

describe('orgBeforeField', () => {
  const rows: Row[] = [
    ['a field of four characters (人力资源负责人)', '星澜影业人力资源负责人王明出席。', '负责人', ['星澜影业', '人力资源']],
    ['a predicate is no field (表示总监)', '星澜影业表示总监王明将出席。', '总监', undefined],
    ['a unit whose name the text writes alone is no field (星澜影业音乐)', '星澜影业旗下有星澜影业动画、星澜影业音乐两家公司。星澜影业音乐董事长王明出席。', '董事长', undefined],
    ['…nor one written with a short form of the organization (总局规划院)', '国家广播电视总局规划院院长王明出席。总局规划院将提供技术支持。', '院长', undefined],
    ['a field written once stays a field', '星澜影业短剧负责人王明表示，将加大投入。', '负责人', ['星澜影业', '短剧']],
    ['no organization before the field', '人力资源负责人王明出席。', '负责人', undefined],
  ];
  it.each(rows)('%s', (_label, text, title, expected) => {
    const found = orgBeforeField(positionLookups(relationContext(text)), text.indexOf(title));
    expect(found && [found.org.entity.name, found.field]).toEqual(expected);
  });
});
