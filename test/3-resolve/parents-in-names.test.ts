import { describe, expect, it } from 'vitest';
import { parentsInNames } from '../../src/3-resolve/parents-in-names.js';
import type { Candidate } from '../../src/2-mentions/recognizer.js';
import { dict, span } from './support.js';

const NRTA = '国家广播电视总局';

describe('parentsInNames', () => {
  // [label, text, the unit's surface, its parent, its extra fields, the parent mentions as [surface, name]]
  const rows: [label: string, text: string, unit: string, extra: Partial<Candidate>, expected: [string, string][]][] = [
    ['a 司 spelled as parent + unit', '国家广播电视总局网络视听节目管理司发布通知。', '国家广播电视总局网络视听节目管理司', { parent: NRTA }, [['国家广播电视总局', NRTA]]],
    ['an 办公厅 spelled with the parent\'s alias', '广电总局办公厅印发通知。', '广电总局办公厅', { parent: NRTA }, [['广电总局', NRTA]]],
    ['the longest spelling of the parent', '国家广电总局办公厅印发通知。', '国家广电总局办公厅', { parent: NRTA }, [['国家广电总局', NRTA]]],
    ['a unit with another ending names no parent', '国家广播电视总局发展研究中心发布报告。', '国家广播电视总局发展研究中心', { parent: NRTA }, []],
    ['a unit whose name does not begin with the parent\'s', '网络视听节目管理司发布通知。', '网络视听节目管理司', { parent: NRTA }, []],
    ['a parent the dictionary does not know', '青川传媒集团办公室发布通知。', '青川传媒集团办公室', { parent: '青川传媒集团' }, []],
    ['a short form', '总局办公厅发布通知。', '总局办公厅', { parent: NRTA, shortForm: true }, []],
  ];
  const glued = '青川省民政厅社会组织管理局发布通知。';
  const ministry = span(glued, 'organization', '青川省民政厅', { subtype: 'government', parent: '青川省人民政府' });
  rows.push(['a unit glued to its parent brings the parent\'s mention along (its own parent left out)', glued, '青川省民政厅社会组织管理局', { parent: '青川省民政厅', parentMention: ministry }, [['青川省民政厅', '青川省民政厅']]]);
  it.each(rows)('%s', (_label, text, unit, extra, expected) => {
    const found = parentsInNames([span(text, 'organization', unit, extra)], text, dict);
    expect(found.map((c) => [text.slice(c.start, c.end), c.name])).toEqual(expected);
    for (const c of found) expect(c).toMatchObject({ kind: 'organization', subtype: 'government', by: 'parent-in-name' });
    for (const c of found) expect(c.parent).toBeUndefined();
  });
});
