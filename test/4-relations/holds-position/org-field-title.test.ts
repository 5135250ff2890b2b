import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { orgBeforeField } from '../../../src/4-relations/holds-position/org-field-title.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, title: string, expected: [org: string, field: string] | undefined];

describe('orgBeforeField', () => {
  const rows: Row[] = [
    ['a field of four characters (人力资源负责人)', '星澜影业人力资源负责人王明出席。', '负责人', ['星澜影业', '人力资源']],
    ['a predicate is no field (表示总监)', '星澜影业表示总监王明将出席。', '总监', undefined],
    ['no organization before the field', '人力资源负责人王明出席。', '负责人', undefined],
  ];
  it.each(rows)('%s', (_label, text, title, expected) => {
    const found = orgBeforeField(positionLookups(relationContext(text)), text.indexOf(title));
    expect(found && [found.org.entity.name, found.field]).toEqual(expected);
  });
});
