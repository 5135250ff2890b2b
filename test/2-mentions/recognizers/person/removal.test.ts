import { describe, expect, it } from 'vitest';
import { namesAfterRemoval } from '../../../../src/2-mentions/recognizers/person/removal.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesAfterRemoval', () => {
  const rows: Row[] = [
    ['the name after 免去 and before 的, the clause closed by 职务', '免去邹建文的青川县广播电视局副局长职务；', ['official:邹建文']],
    ['a word of address between the name and the posts', '免去唐立新同志的星澜广播电视台台长职务。', ['official:唐立新']],
    ['a removal without a word of post names nobody', '免去张家的费用。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesAfterRemoval, sentence)).toEqual(expected);
  });
});
