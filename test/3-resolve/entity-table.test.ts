import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/1-segment/normalize.js';
import { EntityTable, allBy, entityId, firstBy } from '../../src/3-resolve/entity-table.js';
import type { EntityType } from '../../src/types.js';
import { lines, span, tableOf, type Spans } from './support.js';

describe('EntityTable.add', () => {
  // [type, surface, name the mention is added under]
  type Add = [type: EntityType, surface: string, name: string];
  const rows: [label: string, text: string, adds: Add[], expected: string[]][] = [
    ['one entity per type and name, its surface forms as aliases', '广电总局发布通知。国家广播电视总局表示。',
      [['organization', '广电总局', '国家广播电视总局'], ['organization', '国家广播电视总局', '国家广播电视总局']],
      ['organization:国家广播电视总局 (广电总局) ×2']],
    ['one name under two types is two entities', '青川论坛举办青川论坛', [['event', '青川论坛', '青川论坛'], ['organization', '青川论坛', '青川论坛']],
      ['event:青川论坛 ×1', 'organization:青川论坛 ×1']],
    ['a title spelled with PDF spaces is the title first spelled', '《青川 远山》开播。《青川远山》热播。', [['work', '青川 远山', '青川 远山'], ['work', '青川远山', '青川远山']],
      ['work:青川 远山 (青川远山) ×2']],
    ['an organization\'s spaces are its own', '青川 传媒与青川传媒', [['organization', '青川 传媒', '青川 传媒'], ['organization', '青川传媒', '青川传媒']],
      ['organization:青川 传媒 ×1', 'organization:青川传媒 ×1']],
  ];
  it.each(rows)('%s', (_label, text, adds, expected) => {
    const table = new EntityTable(normalizeText(text, () => false));
    const from = new Map<string, number>();
    for (const [type, surface, name] of adds) {
      const c = span(text, type, surface, { name }, from.get(surface) ?? 0);
      from.set(surface, c.end);
      table.add(c, type, name);
    }
    expect(lines(table.all())).toEqual(expected);
  });

  it('keeps the first subtype and the parent', () => {
    const text = '青川传媒集团办公室';
    const table = new EntityTable(normalizeText(text, () => false));
    table.add(span(text, 'organization', text, { subtype: 'company', parent: '青川传媒集团' }), 'organization', text);
    expect(table.all()[0]).toMatchObject({ id: entityId('organization', text), subtype: 'company', attributes: { parent: '青川传媒集团' } });
  });
});

describe('EntityTable.merge, rename and resolution', () => {
  const spans: Spans = [['event', '青川论坛'], ['event', '第三届论坛'], ['event', '青川论坛']];
  const text = '青川论坛开幕。第三届论坛举行。青川论坛闭幕。';

  const rows: [label: string, act: (t: EntityTable) => void, expected: string[]][] = [
    ['a merge moves mentions and aliases', (t) => t.merge((e) => (e.name === '青川论坛' ? t.all()[1] : undefined)),
      ['event:第三届论坛 (青川论坛) ×3']],
    ['a merge follows an entity merged away', (t) => {
      const [a, b] = t.all();
      t.merge((e) => (e === b ? a : undefined));
      t.merge((e) => (e === a ? b : undefined));
    }, ['event:青川论坛 (第三届论坛) ×3']],
    ['a rename keeps the old name as an alias and moves the entity to the end', (t) => t.rename(t.all()[0]!, '青川大论坛'),
      ['event:第三届论坛 ×1', 'event:青川大论坛 (青川论坛) ×2']],
    ['a rename to a taken name does nothing', (t) => t.rename(t.all()[0]!, '第三届论坛'),
      ['event:青川论坛 ×2', 'event:第三届论坛 ×1']],
  ];
  it.each(rows)('%s', (_label, act, expected) => {
    const table = tableOf(text, spans);
    act(table);
    expect(lines(table.all())).toEqual(expected);
  });

  it('resolves each mention to the entity it ended in, in text order', () => {
    const table = tableOf(text, spans);
    table.merge((e) => (e.name === '青川论坛' ? table.all()[1] : undefined));
    const { entities, mentions } = table.resolution();
    expect(entities.map((e) => e.name)).toEqual(['第三届论坛']);
    expect(entities[0]!.mentions.map((m) => m.start)).toEqual([0, 7, 15]);
    expect(mentions.map((m) => [m.candidate.start, m.entity.name])).toEqual([[0, '第三届论坛'], [7, '第三届论坛'], [15, '第三届论坛']]);
  });
});

describe('indexes', () => {
  const table = tableOf('青川论坛、白沙论坛与青川大会', [['event', '青川论坛'], ['event', '白沙论坛'], ['event', '青川大会']]);
  const rows: [label: string, index: () => Record<string, string[]>, expected: Record<string, string[]>][] = [
    ['firstBy keeps the first entity under a key', () => Object.fromEntries([...firstBy(table.all(), (e) => [e.name.slice(0, 2)])].map(([k, e]) => [k, [e.name]])),
      { 青川: ['青川论坛'], 白沙: ['白沙论坛'] }],
    ['allBy keeps them all, in order', () => Object.fromEntries([...allBy(table.all(), (e) => [e.name.slice(-2)])].map(([k, es]) => [k, es.map((e) => e.name)])),
      { 论坛: ['青川论坛', '白沙论坛'], 大会: ['青川大会'] }],
  ];
  it.each(rows)('%s', (_label, index, expected) => expect(index()).toEqual(expected));
});
