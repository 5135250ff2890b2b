import { describe, expect, it } from 'vitest';
import { organizerLists } from '../../src/4-relations/organizer-lists.js';
import { relationContext } from '../support.js';

type Row = [label: string, text: string, facts: string[]];

const facts = (text: string) => organizerLists(relationContext(text)).map((r) => `${r.source.entity.name} → ${r.target.entity.name}`);

describe('organizerLists', () => {
  const rows: Row[] = [
    ['each party of each role organizes the event before 由', '2023青川微短剧节由湖南省广播电视局、长沙市人民政府共同主办，芒果TV承办，爱奇艺协办。',
      ['湖南省广播电视局 → 2023青川微短剧节', '长沙市人民政府 → 2023青川微短剧节', '芒果TV → 2023青川微短剧节', '爱奇艺 → 2023青川微短剧节']],
    ['指导 organizes nothing, the list goes on past it', '第三届青川微短剧大会由国家广播电视总局指导，中国网络视听协会主办。', ['中国网络视听协会 → 第三届青川微短剧大会']],
    ['a party the recognizers missed opens a clause', '2023青川微短剧节由湖南省广播电视局主办，青川数字港、芒果TV承办，包括五项活动。',
      ['湖南省广播电视局 → 2023青川微短剧节', '芒果TV → 2023青川微短剧节']],
    ['会议由…: the conference named in the sentences before', '第六届青川微短剧大会在苏州召开。百余名代表参加了会议。会议由湖南广播电视台主办，芒果TV承办。',
      ['湖南广播电视台 → 第六届青川微短剧大会', '芒果TV → 第六届青川微短剧大会']],
    ['a forum is not the conference named before', '第六届青川微短剧大会在苏州召开。论坛由芒果TV主办。', []],
    ['由 without a role names no organizer', '第六届青川微短剧大会由芒果TV负责转播。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
