import { describe, expect, it } from 'vitest';
import { aboutDocuments } from '../../../../src/2-mentions/recognizers/named-phrases/about-documents.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('aboutDocuments', () => {
  const rows: Row[] = [
    ['关于…的通知', '青川市广播电视局发布关于做好星澜网络视听节目管理工作的通知。', ['document/notice:关于做好星澜网络视听节目管理工作的通知']],
    ['no document cue after 的', '青川市广播电视局关于星澜影业的报道很多。', []],
    ['关于 without 的 in its clause', '关于星澜影业，青川市广播电视局发布通知。', []],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(aboutDocuments(relationContext(text), 'test'))).toEqual(names);
  });
});
