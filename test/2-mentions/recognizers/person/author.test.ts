import { describe, expect, it } from 'vitest';
import { authorsOfWorks } from '../../../../src/2-mentions/recognizers/person/author.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('authorsOfWorks', () => {
  const rows: Row[] = [
    ['a name before 的《…》 is the author, a person', '展出了林一鸣的《春山图》和孙岚的《秋水》。', ['person:林一鸣', 'person:孙岚']],
    ['a name before 所写的《…》', '书架上是陈望川所写的《江行记》。', ['person:陈望川']],
    ['a common word before 的《…》 is no author', '游戏版的《远山》上线。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(authorsOfWorks, sentence)).toEqual(expected);
  });
});
