import { describe, expect, it } from 'vitest';
import { isGenericName } from '../../src/3-resolve/generic-names.js';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir } from '../../src/dictionary/load.js';
import type { EntityType } from '../../src/types.js';

const dict = compileDictionary(loadDictionaryDir());

const rows: [label: string, name: string, type: EntityType, generic: boolean][] = [
  ['an agreement named by its kind', '战略合作框架协议', 'agreement', true],
  ['generic words before the kind', '全面战略合作协议', 'agreement', true],
  ['an agreement with its parties in the name', '星澜影业与云帆传媒战略合作协议', 'agreement', false],
  ['a distinctive title', '中阿视听合作谅解备忘录', 'agreement', false],
  ['a ceremony named by its kind', '签约仪式', 'event', true],
  ['a meeting named by its kind', '工作会议', 'event', true],
  ['an event with a year', '2024年网络视听工作会议', 'event', false],
  ['an event with a proper name', '青川微短剧大会', 'event', false],
  ['a document named by its kind', '通知', 'document', true],
  ['a document with its subject', '关于推动微短剧健康发展的通知', 'document', false],
  ['an organization is never generic', '协议', 'organization', false],
];

describe('isGenericName', () => {
  it.each(rows)('%s: %s', (_label, name, type, generic) => expect(isGenericName(name, type, dict)).toBe(generic));
});
