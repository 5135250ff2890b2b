const CLAUSE_BREAKS = new Set([...'，,；;。'].map((c) => c.charCodeAt(0)));

/** Where the clause holding `at` begins: right after the last ，；or 。 before it, or at `floor` (its sentence's start). */
export function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return i + 1;
  return floor;
}

/** What may join coordinated actors: 、 和 与 及 a space, 联合 (A联合B发布: both act). */
export const COORDINATION = /^(?:、|和|与|及|以及|同|联合|携手| |)$/u;
