import type { EntityType, RelationType } from '../../types.js';

/**
 * One row of the relation table: a predicate class (the dictionary's `relationVerbs[predicate]`), who may
 * be its subject and what its object, and the relation a frame of that shape states. A new verb is a
 * dictionary entry; a new shape of subject or object is a row.
 */
export interface FrameRow {
  /** The rule's name (what a relation's provenance and calibration call it). */
  name: string;
  relation: RelationType;
  /** The predicate class: a key of the dictionary's relationVerbs. */
  predicate: string;
  /** Organizations only, officials only (who meet), or organizations and people (who sign). */
  subject: 'organization' | 'official' | 'actor';
  /**
   * Whose relation it is: the subject's (the default), or that of the platforms the act is done for
   * (东方卫视为百视TV定制的《甲》: 百视TV broadcasts 甲).
   */
  source?: 'subject' | 'beneficiary';
  objects: readonly EntityType[];
  /** The subject may stand as a venue between 在 and the verb (在湖南卫视、芒果TV开播). */
  venue?: boolean;
  /** Every party of the clause acts, not only the group right before the verb (签署: both sides). */
  allParties?: boolean;
  /**
   * How far the objects reach: the list of titles joined to the first one (推出了《甲》《乙》), or every title of
   * the sentence after the verb but only the last one before it (a broadcast: 《甲》《乙》等剧集…同步播出
   * does not tell which of them).
   */
  reach: 'list' | 'sentence';
  /**
   * How the parties of a symmetric act are read, instead of a subject group and its objects: a meeting's
   * (meetingParties) or a joint act's (jointParties). Their subjects then act with each other when no
   * partner is named (A与B联合出品), and a sentence tells one such act, at its first verb that names parties.
   */
  parties?: 'meeting' | 'joint';
}

/** The relation table: (predicate class, subject type, object type) → relation. */
export const FRAME_ROWS: readonly FrameRow[] = [
  { name: 'issued', relation: 'issued', predicate: 'issued', subject: 'organization', objects: ['document'], reach: 'list' },
  { name: 'produced', relation: 'produced', predicate: 'produced', subject: 'organization', objects: ['work'], reach: 'list' },
  { name: 'broadcast', relation: 'broadcast', predicate: 'broadcast', subject: 'organization', objects: ['work'], venue: true, reach: 'sentence' },
  { name: 'signed', relation: 'signed', predicate: 'signed', subject: 'actor', objects: ['agreement'], allParties: true, reach: 'list' },
  { name: 'made-for', relation: 'broadcast', predicate: 'produced', subject: 'organization', source: 'beneficiary', objects: ['work'], reach: 'list' },
  { name: 'organized', relation: 'organized', predicate: 'organized', subject: 'organization', objects: ['event'], reach: 'list' },
  { name: 'met-with', relation: 'met_with', predicate: 'met_with', subject: 'official', objects: ['official'], parties: 'meeting', reach: 'sentence' },
  { name: 'cooperates-with', relation: 'cooperates_with', predicate: 'cooperates_with', subject: 'organization', objects: ['organization'], parties: 'joint', reach: 'list' },
];

/** The row named `name` (the rules registry takes rows by name). */
export function frameRow(name: string): FrameRow {
  const row = FRAME_ROWS.find((r) => r.name === name);
  if (!row) throw new Error(`no frame row named ${name}`);
  return row;
}
