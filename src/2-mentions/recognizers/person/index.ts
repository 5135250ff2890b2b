import type { Candidate, Recognizer, RecognizerContext } from '../../recognizer.js';
import { namesBeforeAppointment } from './appointment-predicate.js';
import { namesAfterAppointing } from './appointing.js';
import { namesAfterRemoval } from './removal.js';
import { authorsOfWorks } from './author.js';
import { bylines } from './byline.js';
import { namesBeforeCapacity } from './capacity.js';
import { creditedNames } from './credit.js';
import { namesWithAddress } from './form-of-address.js';
import { listedNames } from './list.js';
import { nameLists } from './name-list.js';
import { fullNamesAtShortOnes } from './namesake.js';
import { madeUpNames } from './made-up-name.js';
import { hostsOfOfficials } from './meeting.js';
import { middleDotNames } from './middle-dot.js';
import { namesOpeningQuotes } from './name-before-colon.js';
import { jiebaPersonTokens } from './person-tokens.js';
import { roleLabelLists } from './role-label-list.js';
import { namesAfterRoles } from './roles.js';
import { PersonScan, type PersonRule } from './scan.js';
import { secondNames } from './second-name.js';
import { speakers } from './speaker.js';
import { successors } from './successor.js';
import { namesBesideTitles } from './titles.js';

/**
 * The person rules in the order they run. Order matters: a rule reads the people found before it (a
 * second name after a first, a list after its first name), and some (the author of a work, a name with
 * a middle dot, a speaker, a made-up name, a list) only fill in where no rule before them named anyone.
 */
export const PERSON_RULES: readonly PersonRule[] = [
  namesBesideTitles,
  bylines,
  namesAfterRoles,
  secondNames,
  namesBeforeAppointment,
  namesBeforeCapacity,
  namesAfterAppointing,
  namesAfterRemoval,
  creditedNames,
  authorsOfWorks,
  successors,
  roleLabelLists,
  jiebaPersonTokens,
  middleDotNames,
  speakers,
  madeUpNames,
  namesWithAddress,
  namesOpeningQuotes,
  nameLists,
  listedNames,
  fullNamesAtShortOnes,
  hostsOfOfficials,
];

/**
 * People: a name right after a title (国家广播电视总局局长曹淑敏, 集团CEO雷军, 总统穆罕默德), a name right
 * before one (瓦塔拉总统, 习近平主席), a name given a post (靳国卫同志任…, 由杨志辉接任), names listed after a
 * role label (责编：余力 何紫薇), and, without a title, jieba person tokens that start with a surname.
 * Titled people are `official`; untitled ones and characters in plot synopses are `person`.
 */
export const person: Recognizer = {
  name: 'person',
  recognize(ctx: RecognizerContext): Candidate[] {
    const scan = new PersonScan(ctx, this.name);
    for (const rule of PERSON_RULES) rule(scan);
    return scan.out;
  },
};
