import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { aboutDocuments } from './named-phrases/about-documents.js';
import { congresses } from './named-phrases/congresses.js';
import { cueHeadedNames } from './named-phrases/cue-headed-names.js';
import { namedDays } from './named-phrases/named-days.js';
import { periodDocuments } from './named-phrases/period-documents.js';
import { quotedLists } from './named-phrases/quoted-lists.js';
import { quotedNames } from './named-phrases/quoted-names.js';
import { signedAgreements } from './named-phrases/signed-agreements.js';

/**
 * Events (2024年国际微短剧大赛, 第十三届中国国际新媒体短片节, 网易有道“子曰”教育大模型媒体交流会),
 * documents named without 《》 (关于做好…的通知, 北京…扶持计划发布, 发布…全年业绩公告, 截至…止的全年业绩公告) and agreements
 * described after 签署 (签署AI大模型技术联合实验室战略合作协议): a head word from the dictionary's cues
 * and the name that extends left of it; programmes listed in quotes before a shared head word (“A”“B”等创作计划); congresses and plenary sessions (十九届三中全会, 全国两会); quoted days and years of a theme before an event's head word (“青川主题日”系列活动). The steps,
 * in this order, are in named-phrases/.
 */
export const namedPhrases: Recognizer = {
  name: 'named-phrases',
  recognize(ctx: RecognizerContext): Candidate[] {
    // A quoted programme of a list (“跟着短剧来学法”“…”等创作计划) is the list's event, not a name of its own (…学法: no document).
    const listed = quotedLists(ctx, this.name);
    const inList = (c: Candidate) => listed.some((l) => l.start <= c.start && c.end <= l.end);
    const quoted = quotedNames(ctx, this.name).filter((c) => !inList(c));
    return [...cueHeadedNames(ctx, this.name), ...aboutDocuments(ctx, this.name), ...quoted, ...listed, ...signedAgreements(ctx, this.name), ...congresses(ctx, this.name), ...namedDays(ctx, this.name), ...periodDocuments(ctx, this.name)];
  },
};
