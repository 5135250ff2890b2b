import type { PersonScan } from './scan.js';

/**
 * 范某会见中央政府驻澳门联络办副主任薛某: a person named right before a verb of receiving (grammar.json
 * meetingVerbs) who receives an official named after it in the sentence is an official too (who receives
 * an official in the news holds a post).
 */
export function hostsOfOfficials(scan: PersonScan): void {
  const { text, dict, out } = scan;
  const officials = out.filter((c) => c.kind === 'official');
  for (const host of out.filter((c) => c.kind === 'person')) {
    const verb = dict.meetingVerb.exec(text.slice(host.end, host.end + 2))?.[0];
    if (!verb) continue;
    const sentence = scan.ctx.sentenceAt(host.start);
    const end = sentence ? sentence.end : text.length;
    if (officials.some((o) => o.start >= host.end + verb.length && o.end <= end)) scan.push(host, true, undefined);
  }
}
