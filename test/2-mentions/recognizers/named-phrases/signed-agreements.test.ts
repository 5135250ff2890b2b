import { describe, expect, it } from 'vitest';
import { signedAgreements } from '../../../../src/2-mentions/recognizers/named-phrases/signed-agreements.js';
import { relationContext } from '../../../support.js';

type Row = [label: string, text: string, agreements: string[]];

/** Agreements as `name pPriority` (short forms marked), for table rows. */
const shown = (text: string) => signedAgreements(relationContext(text), 'test').map((c) => `${c.name} p${c.priority}${c.shortForm ? ' short' : ''}`);

describe('signedAgreements', () => {
  const rows: Row[] = [
    ['named after its two parties', '星澜影业与青川传媒集团签署战略合作协议。', ['星澜影业与青川传媒集团战略合作协议 p7 short']],
    ['a time word, a place and adverbs in the parties\' clause', '近日，星澜影业和青川传媒集团在北京正式签署AI大模型联合实验室战略合作协议。', ['星澜影业与青川传媒集团AI大模型联合实验室战略合作协议 p7 short']],
    ['a generic agreement of a subject that is no two parties', '双方签署了合作协议。', ['合作协议 p4 short']],
    ['a title in 《》 is read elsewhere', '双方签署《星澜合作协议》。', []],
    ['a count of agreements names none', '论坛期间，双方签署了19项合作协议,星澜影业签订了5个节目授权播出协议。', []],
    ['the one counted is named after its parties', '论坛期间,中央电视台与青川传媒集团签订了1个新闻交换合作协议。', ['中央电视台与青川传媒集团新闻交换合作协议 p7 short']],
  ];
  it.each(rows)('%s', (_label, text, agreements) => {
    expect(shown(text)).toEqual(agreements);
  });
});
