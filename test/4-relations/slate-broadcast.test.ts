/**
 * slate-broadcast: a platform that announces its slate (片单) broadcasts the works the text lists after.
 * Sentences are written for these tests; the works are invented, the platforms real.
 */
import { describe, expect, it } from 'vitest';
import { slateBroadcast } from '../../src/4-relations/slate-broadcast.js';
import { relationContext } from '../support.js';

type Row = [label: string, text: string, platform: string, work: string, expected: boolean];

/** The broadcast facts of the rule alone, as `platform → work`. */
function facts(text: string): string[] {
  return slateBroadcast.relate(relationContext(text)).map((r) => `${r.source.entity.name} → ${r.target.entity.name}`);
}

describe('slateBroadcast', () => {
  const rows: Row[] = [
    ['a work in the sentence after the slate', '9月1日，优酷发布2025片单。《山海长歌》《逆风少年》等剧集将陆续与观众见面。', '优酷', '逆风少年', true],
    ['a work listed in the slate sentence itself', '抖音春节档片单也在会上发布，包含《山海长歌》《逆风少年》等作品。', '抖音', '山海长歌', true],
    ['a work in a later paragraph', '湖南卫视发布了下半年的内容片单。\n\n综艺方面，《星光小站》将迎来第二季。', '湖南卫视', '星光小站', true],
    ['not a work said to be left out (不在列)', '湖南卫视发布了下半年片单。备受关注的《山海长歌》并不在列。', '湖南卫视', '山海长歌', false],
    ['not a work of a sentence naming another platform', '爱奇艺公布了年度片单。此前，《小河马》已在优酷热播。', '爱奇艺', '小河马', false],
    ['not the source a work is adapted from', '爱奇艺公布了年度片单，其中《山海长歌》改编自小说《长歌行》。', '爱奇艺', '长歌行', false],
    ['…but the work adapted', '爱奇艺公布了年度片单，其中《山海长歌》改编自小说《长歌行》。', '爱奇艺', '山海长歌', true],
    ['not without a slate', '优酷举办了年度推介会。《山海长歌》广受好评。', '优酷', '山海长歌', false],
    ['not a work before the slate', '《山海长歌》广受好评。优酷发布了年度片单。', '优酷', '山海长歌', false],
  ];
  it.each(rows)('%s', (_label, text, platform, work, expected) => {
    if (expected) expect(facts(text)).toContain(`${platform} → ${work}`);
    else expect(facts(text)).not.toContain(`${platform} → ${work}`);
  });
});
