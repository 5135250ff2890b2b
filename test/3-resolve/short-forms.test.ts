import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/2-mentions/recognizer.js';
import { shortFormResolver } from '../../src/3-resolve/short-forms.js';
import type { EntityType } from '../../src/types.js';
import { dict, span } from './support.js';

/** The candidates of a text in text order: [kind, surface, extra fields]; the last short form is the one resolved. */
type Spec = [kind: Candidate['kind'], surface: string, extra?: Partial<Candidate>];
type Row = [label: string, text: string, specs: Spec[], expected: string | undefined];

function resolve(text: string, specs: Spec[]): string | undefined {
  let from = 0;
  const kept = specs.map(([kind, surface, extra]) => {
    const c = span(text, kind, surface, extra, from);
    from = c.end;
    return c;
  });
  const candidates = kept.filter((c) => c.kind !== 'title' && c.kind !== 'place');
  const short = [...kept].reverse().find((c) => c.shortForm) ?? kept.at(-1)!;
  return shortFormResolver(kept, candidates, text, dict)(short, short.kind as EntityType);
}

const SHORT = { shortForm: true } as const;

describe('shortFormResolver: organizations', () => {
  const rows: Row[] = [
    ['a short form of the body the document names', '国家广播电视总局近日发布通知。总局表示，', [['organization', '国家广播电视总局'], ['organization', '总局', SHORT]], '国家广播电视总局'],
    ['nothing when the body is not named', '总局表示，将加强管理。', [['organization', '总局', SHORT]], undefined],
    ['the body of the province the document\'s organizations name', '河北省委宣传部副部长、省广播电视局局长出席。',
      [['organization', '河北省委宣传部'], ['organization', '省广播电视局', SHORT]], '河北省广播电视局'],
    ['of two bodies named, the nearest before it', '湖南省广播电视局与河北省广播电视局座谈。省广播电视局表示，',
      [['organization', '湖南省广播电视局'], ['organization', '河北省广播电视局'], ['organization', '省广播电视局', SHORT]], '河北省广播电视局'],
    ['else the first named after it', '省广播电视局表示，湖南省广播电视局与河北省广播电视局将座谈。',
      [['organization', '省广播电视局', SHORT], ['organization', '湖南省广播电视局'], ['organization', '河北省广播电视局']], '湖南省广播电视局'],
    ['an unnamed unit given a title stands for itself', '办公厅主任王青川出席。', [['organization', '办公厅', SHORT], ['title', '主任']], '办公厅'],
  ];
  it.each(rows)('%s', (_label, text, specs, expected) => expect(resolve(text, specs)).toBe(expected));
});

describe('shortFormResolver: agreements', () => {
  const FULL = '国家广播电视总局与青湖共和国新闻部合作谅解备忘录';
  const rows: Row[] = [
    ['described by its parties: the agreement named with both, the state by its formal name', `总局与青湖新闻部签署合作谅解备忘录。双方签署了《${FULL}》。`,
      [['agreement', '总局与青湖新闻部签署合作谅解备忘录', { shortForm: true, name: '总局与青湖新闻部合作谅解备忘录', parties: ['总局', '青湖新闻部'] }], ['agreement', FULL]], FULL],
    ['described by its parties, none named: the described name', '总局与青湖新闻部签署合作谅解备忘录。',
      [['agreement', '总局与青湖新闻部签署合作谅解备忘录', { shortForm: true, name: '总局与青湖新闻部合作谅解备忘录', parties: ['总局', '青湖新闻部'] }]], '总局与青湖新闻部合作谅解备忘录'],
    ['a short form: the agreement of its kind named nearest', '青川与白沙签署《青川白沙合作谅解备忘录》和《青川白沙合作协议》。双边合作协议明确，',
      [['agreement', '青川白沙合作谅解备忘录'], ['agreement', '青川白沙合作协议'], ['agreement', '双边合作协议', SHORT]], '青川白沙合作协议'],
    ['soon after it rather than as near before it', '《青川白沙合作协议》签署后，双边合作协议生效，《白沙青川合作协议》',
      [['agreement', '青川白沙合作协议'], ['agreement', '双边合作协议', SHORT], ['agreement', '白沙青川合作协议']], '白沙青川合作协议'],
    ['a 合作协议 is never a 谅解备忘录', '《青川白沙合作谅解备忘录》签署。双边合作协议明确，',
      [['agreement', '青川白沙合作谅解备忘录'], ['agreement', '双边合作协议', SHORT]], undefined],
  ];
  it.each(rows)('%s', (_label, text, specs, expected) => expect(resolve(text, specs)).toBe(expected));
});

it('leaves a name given in full as it is', () => {
  expect(resolve('青川传媒集团发布公告。', [['organization', '青川传媒集团']])).toBe('青川传媒集团');
});
