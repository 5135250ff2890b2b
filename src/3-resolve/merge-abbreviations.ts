import { allBy, type EntityTable } from './entity-table.js';
import { isSubsequence } from './names.js';

/**
 * 北京微短剧扶持计划 abbreviates 北京大视听·网络微短剧“首亮微光”2.0扶持计划: a headline drops characters of a
 * long title (documents, events) but keeps its first character and its head word (its last two), in order.
 * A head word shared by more than 200 titles is too common to compare them all.
 */
export function mergeHeadlineAbbreviations(table: EntityTable): void {
  for (const type of ['document', 'event'] as const) {
    const byHead = allBy(table.ofType(type), (e) => [e.name.slice(-2)]);
    for (const group of byHead.values()) {
      if (group.length < 2 || group.length > 200) continue;
      table.merge((a) => group.find((b) => b !== a && b.name.length > a.name.length && a.name.length >= 6
        && a.name[0] === b.name[0] && isSubsequence(a.name, b.name)), group);
    }
  }
}
