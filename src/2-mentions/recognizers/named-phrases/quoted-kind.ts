/** A quoted kind and 类 right before a name: “小程序”类 (the kind of thing a campaign is about). */
const QUOTED_KIND = /“[^“”，。；\n]{1,12}”类$/u;

/**
 * The start of an event's name that opens with a quoted kind (“青川”类网络微短剧专项整治): jieba reads 类
 * as a measure word, where a name ends, but the kind and 类 belong to the name. `start` is where the
 * name found so far begins; returned unchanged when no quoted kind stands right before it.
 */
export function quotedKindStart(text: string, start: number): number {
  const kind = QUOTED_KIND.exec(text.slice(Math.max(0, start - 16), start));
  return kind ? start - kind[0].length : start;
}
