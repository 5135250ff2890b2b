/**
 * How news gives a person a post: X任… / X兼任… / X曾任… (a predicate after the name) and 任命X为…
 * (a predicate of appointing before it, 为 after). Read by the person recognizer (the person is an
 * official) and by holds_position (the post). Longest first where two share a start.
 */
export const APPOINTMENT = /(?:同志)?(?:不再担任|兼任|出任|担任|接任|升任|调任|转任|卸任|当选|曾任|原任|前任|现任|历任|任)/u;

/** The predicates of a post held no longer (曾任, 卸任 …): its holds_position is `former`. */
export const FORMER = /卸任|不再担任|原任|前任|曾任|历任|辞去|离任/u;

/** Predicates of appointing someone, before the name (任命任涛为…台长, 聘任王某为…). */
export const APPOINTING = /任命|聘任|聘请|提名|推选|推举|选举/u;

/** What the character after 任 makes of it when it is no appointment (任务, 任何, 任意, 任职 …). */
export const NOT_APPOINTMENT_AFTER = /^[务何意性凭由职期]/u;

const APPOINTED = new RegExp(`^${APPOINTMENT.source}`, 'u');

/** The appointment predicate (任, 兼任, 曾任 …) that starts at `at` of the text, if any (not the 任 of 任务). */
export function appointmentAt(text: string, at: number): string | undefined {
  const m = APPOINTED.exec(text.slice(at, at + 7));
  return m && !NOT_APPOINTMENT_AFTER.test(text[at + m[0].length] ?? '') ? m[0] : undefined;
}
