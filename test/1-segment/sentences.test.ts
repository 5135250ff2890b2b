import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/1-segment/sentences.js';

describe('splitSentences', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['splits at 。！？', '平台上线新剧。观众反响热烈！下一部何时上线？', ['平台上线新剧。', '观众反响热烈！', '下一部何时上线？']],
    ['splits at a semicolon', '一是加强创作引导；二是规范播出秩序。', ['一是加强创作引导；', '二是规范播出秩序。']],
    ['keeps a closing quote with its sentence', '他表示：“要讲好中国故事。”随后参观了基地。', ['他表示：“要讲好中国故事。”', '随后参观了基地。']],
    ['keeps a closing 》 after 。 with the sentence', '《网络微短剧管理办法。》已印发', ['《网络微短剧管理办法。》', '已印发']],
    ['does not split inside a title that goes on after ！ or ?', '优酷发布《这！就是街舞》第六季，《超越吧!阿娟》上线。', ['优酷发布《这！就是街舞》第六季，《超越吧!阿娟》上线。']],
    ['…but after an unclosed 《 far back', `《${'长'.repeat(50)}！再见`, [`《${'长'.repeat(50)}！`, '再见']],
    ['does not split at commas or 、', '芒果TV、优酷、爱奇艺，三家平台参会。', ['芒果TV、优酷、爱奇艺，三家平台参会。']],
    ['a line break ends a heading', '微短剧创作迎来新机遇\n9月2日，会议召开。', ['微短剧创作迎来新机遇', '9月2日，会议召开。']],
    ['a text without an end mark is one sentence', '芒果TV：电视剧《山海长歌》开播', ['芒果TV：电视剧《山海长歌》开播']],
    ['blank lines and surrounding spaces make no sentence', '  \n\n会议召开。  \n\n  ', ['会议召开。']],
    ['Latin ! and ? end sentences too', 'Hello world! 你好?再见', ['Hello world!', '你好?', '再见']],
    ['an empty text has no sentences', '', []],
  ];

  it.each(rows)('%s', (_label, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets into the text, in order and without overlap', () => {
    const text = '标题一行\n  9月2日，省广播电视局召开会议。会议指出：“要提质增效！”\n\n各平台表示支持；会后参观基地。';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['标题一行', '9月2日，省广播电视局召开会议。', '会议指出：“要提质增效！”', '各平台表示支持；', '会后参观基地。']);
    let previousEnd = 0;
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = s.end;
    }
  });
});
