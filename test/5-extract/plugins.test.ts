/** Plug-ins and injection: user recognizers, user relation rules, user dictionaries, option validation. */
import { describe, expect, it } from 'vitest';
import { createExtractor, defaultRecognizers, defaultRelationRules, extract } from '../../src/5-extract/index.js';
import type { Candidate, Recognizer, RelationRule } from '../../src/5-extract/index.js';
import { thrown } from '../support.js';

/** Tags every 星火视界 as a platform organization. */
const starfire: Recognizer = {
  name: 'starfire',
  recognize(ctx) {
    return [...ctx.text.matchAll(/星火视界/gu)].map((m): Candidate => ({
      kind: 'organization', start: m.index, end: m.index + m[0].length, name: '星火视界', subtype: 'platform', priority: 12, by: 'starfire',
    }));
  },
};


describe('user recognizers', () => {
  const TEXT = '星火视界出品的微短剧《逆风少年》近日上线，星火视界表示将继续投入。';

  it('adds entities next to the built-in ones', () => {
    const result = createExtractor({ recognizers: [...defaultRecognizers, starfire] }).extract(TEXT);
    const org = result.entities.find((e) => e.id === 'organization:星火视界');
    expect(org).toMatchObject({ type: 'organization', name: '星火视界', subtype: 'platform' });
    expect(org!.mentions.map((m) => m.text)).toEqual(['星火视界', '星火视界']);
    expect(result.entities.map((e) => e.id)).toContain('work:逆风少年');
  });

  it('takes part in the relation rules', () => {
    const result = createExtractor({ recognizers: [...defaultRecognizers, starfire] }).extract(TEXT);
    expect(result.relations).toContainEqual(expect.objectContaining({ type: 'produced', source: 'organization:星火视界', target: 'work:逆风少年' }));
  });

  it('may yield its candidates from a generator instead of an array', () => {
    const lazy = { name: 'lazy', *recognize(ctx: Parameters<Recognizer['recognize']>[0]) { yield* starfire.recognize(ctx); } } as unknown as Recognizer;
    const result = createExtractor({ recognizers: [lazy] }).extract(TEXT);
    expect(result.entities.map((e) => e.id)).toEqual(['organization:星火视界']);
  });

  it('runs alone when it is the only recognizer', () => {
    const result = createExtractor({ recognizers: [starfire] }).extract(TEXT);
    expect(result.entities.map((e) => e.id)).toEqual(['organization:星火视界']);
  });

  it('sees the candidates of the recognizers before it', () => {
    const seen: string[] = [];
    const spy: Recognizer = { name: 'spy', recognize: (ctx) => { seen.push(...ctx.candidates.map((c) => c.name)); return []; } };
    createExtractor({ recognizers: [...defaultRecognizers, spy] }).extract('国家广播电视总局印发《网络微短剧管理办法》。');
    expect(seen).toContain('国家广播电视总局');
    expect(seen).toContain('网络微短剧管理办法');
  });
});

describe('user relation rules', () => {
  it('adds relations next to the built-in ones', () => {
    const broadcastsEverything: RelationRule = {
      name: 'everything',
      relate: (ctx) => {
        const orgs = ctx.resolution.mentions.filter((m) => m.entity.type === 'organization');
        const works = ctx.resolution.mentions.filter((m) => m.entity.type === 'work');
        return orgs.flatMap((o) => works.map((w) => ({ type: 'broadcast' as const, source: o, target: w, sentence: ctx.sentences[0]! })));
      },
    };
    const result = createExtractor({ relationRules: [...defaultRelationRules, broadcastsEverything] }).extract('芒果TV表示，《山海长歌》收视领先。');
    expect(result.relations).toContainEqual(expect.objectContaining({ type: 'broadcast', source: 'organization:芒果TV', target: 'work:山海长歌' }));
  });
});

describe('user dictionaries', () => {
  const user = { organizations: [{ name: '某某视频', subtype: 'platform', aliases: ['某视频'] }] };

  it('are used by createExtractor, aliases included', () => {
    const result = createExtractor({ dictionary: user }).extract('某视频宣布上线微短剧《逆风少年》。某某视频同时发布了片单。');
    const org = result.entities.find((e) => e.id === 'organization:某某视频');
    expect(org).toMatchObject({ subtype: 'platform', aliases: ['某视频'] });
    expect(org!.mentions).toHaveLength(2);
  });

  it('extend the bundled dictionary by default', () => {
    const result = createExtractor({ dictionary: user }).extract('某某视频与广电总局座谈。');
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['organization:某某视频', 'organization:国家广播电视总局']));
  });

  it('replace the bundled dictionary in replace mode', () => {
    const result = createExtractor({ dictionary: user, dictionaryMode: 'replace' }).extract('某某视频与广电总局座谈。');
    expect(result.entities.map((e) => e.id)).toContain('organization:某某视频');
    expect(result.entities.map((e) => e.id)).not.toContain('organization:国家广播电视总局');
  });

  it('override a bundled organization of the same name', () => {
    const result = createExtractor({ dictionary: { organizations: [{ name: '芒果TV', subtype: 'company', aliases: ['芒果视频'] }] } })
      .extract('芒果视频宣布加大投入。');
    expect(result.entities.find((e) => e.id === 'organization:芒果TV')).toMatchObject({ subtype: 'company', aliases: ['芒果视频'] });
  });

  it('can be given per call', () => {
    const result = extract('某视频宣布加大投入。', { dictionary: user });
    expect(result.entities.map((e) => e.id)).toContain('organization:某某视频');
  });

  it('add predicates of appointment (grammar appointmentVerbs)', () => {
    const text = '王海涛履新长沙市广播电视局局长。';
    const posts = (result: ReturnType<typeof extract>) => result.relations.filter((r) => r.type === 'holds_position');
    expect(posts(extract(text))).toEqual([]);
    expect(posts(createExtractor({ dictionary: { appointmentVerbs: ['履新'] } }).extract(text))).toMatchObject([{ source: 'official:王海涛', title: '局长' }]);
  });

  it('add words of match reports (grammar teamWordsBefore: the word before a club)', () => {
    const text = '那个赛季他们横扫波尔多，进球无数。';
    const ids = (result: ReturnType<typeof extract>) => result.entities.map((e) => e.id);
    expect(ids(extract(text))).not.toContain('organization:波尔多');
    expect(ids(createExtractor({ dictionary: { teamWordsBefore: ['横扫'] } }).extract(text))).toContain('organization:波尔多');
  });

  it('add words that make a Latin-script name an organization (grammar latinOrganizationWordsAfter)', () => {
    const text = 'Lumora出资两亿元支持微短剧创作。';
    const ids = (result: ReturnType<typeof extract>) => result.entities.map((e) => e.id);
    expect(ids(extract(text))).not.toContain('organization:Lumora');
    expect(ids(createExtractor({ dictionary: { latinOrganizationWordsAfter: ['出资'] } }).extract(text))).toContain('organization:Lumora');
  });

  it('add words of a plot synopsis, whose people are characters (grammar synopsisWords)', () => {
    const text = '影片聚焦集团董事长张天宇重振家业的历程。';
    const type = (result: ReturnType<typeof extract>) => result.entities.find((e) => e.name === '张天宇')?.type;
    expect(type(extract(text))).toBe('official');
    expect(type(createExtractor({ dictionary: { synopsisWords: ['聚焦'] } }).extract(text))).toBe('person');
  });

  it('add verbs that say a document named without 《》 is in force (grammar documentVerbsAfter)', () => {
    const text = '青川省网络视听节目管理办法落实到位。';
    const documents = (result: ReturnType<typeof extract>) => result.entities.filter((e) => e.type === 'document').map((e) => e.name);
    expect(documents(extract(text))).toEqual([]);
    expect(documents(createExtractor({ dictionary: { documentVerbsAfter: ['落实'] } }).extract(text))).toEqual(['青川省网络视听节目管理办法']);
  });

  it('add event heads; a strong one names an event without a marked name (cues eventCues, strong)', () => {
    const text = '动漫游戏嘉年华将于下月开幕。';
    const events = (strong: boolean) => createExtractor({ dictionary: { eventCues: [{ cue: '嘉年华', subtype: 'exhibition', strong }] } })
      .extract(text).entities.filter((e) => e.type === 'event').map((e) => e.name);
    expect(events(false)).toEqual([]);
    expect(events(true)).toEqual(['动漫游戏嘉年华']);
  });

  it.each([
    ['exclusiveWords', { exclusiveWords: ['专属'] }, '优酷专属综艺《星河奇遇》今日上线。', '优酷'],
    ['announcementVerbs', { announcementVerbs: ['宣告'] }, '芒果TV宣告，《远山》将于明日上线。', '芒果TV'],
  ])('add words by which a platform carries a work (grammar %s)', (_key, dictionary, text, platform) => {
    const broadcasters = (result: ReturnType<typeof extract>) => result.relations.filter((r) => r.type === 'broadcast').map((r) => r.source);
    expect(broadcasters(extract(text))).toEqual([]);
    expect(broadcasters(createExtractor({ dictionary }).extract(text))).toContain(`organization:${platform}`);
  });
});

describe('invalid options', () => {
  const rows: [label: string, call: () => unknown, mentions: string[]][] = [
    ['an unknown createExtractor option', () => createExtractor({ bogus: 1 } as never), ['bogus']],
    ['a recognizer without recognize()', () => createExtractor({ recognizers: [{ name: 'x' }] as never }), ['recognizers', 'must be a recognizer']],
    ['a relation rule without relate()', () => createExtractor({ relationRules: [42] as never }), ['relationRules', 'must be a relation rule']],
    ['a bad dictionaryMode', () => createExtractor({ dictionaryMode: 'merge' } as never), ['dictionaryMode']],
    ['a user dictionary with a wrong type', () => createExtractor({ dictionary: { organizations: [{ name: '某某视频', subtype: 'bogus' }] } }), ['options.dictionary', '某某视频', 'subtype']],
    ['a dictionary folder that does not exist', () => createExtractor({ dictionaryDir: '/no/such/folder' }), ['/no/such/folder']],
    ['a text that is not a string', () => extract(42 as never), ['text must be a string', 'number']],
    ['a null text', () => extract(null as never), ['text must be a string', 'null']],
    ['a date in the wrong format', () => extract('会议召开。', { date: '9月2日' }), ['date', 'YYYY-MM-DD']],
    ['a date that does not exist', () => extract('会议召开。', { date: '2024-13-45' }), ['date', 'a date of the calendar']],
    ['29 February of a year that has none', () => extract('会议召开。', { date: '2023-02-29' }), ['date', 'a date of the calendar']],
    ['an unknown extract option', () => extract('会议召开。', { language: 'zh' } as never), ['language']],
  ];

  it.each(rows)('throw a shiting-kg: error naming the problem: %s', (_label, call, mentions) => {
    const error = thrown(call);
    expect(error.message).toMatch(/^shiting-kg: /);
    for (const part of mentions) expect(error.message).toContain(part);
  });

  it('a text that is not a string is a TypeError', () => {
    expect(thrown(() => extract(42 as never))).toBeInstanceOf(TypeError);
  });
});
