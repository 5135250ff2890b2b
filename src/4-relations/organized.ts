import type { RelationRule } from './index.js';
import { organizedByTopic } from './organized-by-topic.js';
import { organizerLists } from './organizer-lists.js';
import { organizedByVerb } from './frames/rules.js';

/**
 * organized: an organization that holds, hosts or launches an event (主办, 举办, 开展 …). A list of
 * organizers (由A主办，B承办，C协办) names the event each of its parties organizes: for them the list's
 * facts replace what the verb of their own clause would say (B承办，包括“…活动”: not that activity). The
 * organization a sentence is about organizes the events a later clause of it launches (organized-by-topic).
 */
export const organized: RelationRule = {
  name: 'organized',
  relate(ctx) {
    const listed = organizerLists(ctx);
    const inList = new Set(listed.map((r) => `${r.sentence.start}:${r.source.candidate.start}`));
    const byVerb = [...organizedByVerb.relate(ctx), ...organizedByTopic(ctx)];
    return [...byVerb.filter((r) => !inList.has(`${r.sentence.start}:${r.source.candidate.start}`)), ...listed];
  },
};
