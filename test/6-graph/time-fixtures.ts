/** Hand-made extraction results of bodies in time (attributes as 3-resolve's markPeriods writes them). */
import type { Entity, ExtractionResult, Relation } from '../../src/types.js';

type Attributes = NonNullable<Entity['attributes']>;

export const SAPPRFT: Attributes = { from: '2013-03', to: '2018-03', successors: ['国家广播电视总局', '国家新闻出版署', '国家电影局'], change: 'split', predecessors: ['国家广播电影电视总局'] };
export const NRTA: Attributes = { from: '2018-03', predecessors: ['国家新闻出版广电总局'] };
export const CNSA_OLD: Attributes = { to: '2024', successors: ['中国网络视听协会'], change: 'renamed' };
export const CNSA: Attributes = { from: '2024', predecessors: ['中国网络视听节目服务协会'] };

export function organization(name: string, attributes?: Attributes): Entity {
  return { id: `organization:${name}`, type: 'organization', name, aliases: [], mentions: [{ start: 0, end: name.length, text: name }], ...(attributes ? { attributes } : {}) };
}

export function official(name: string): Entity {
  return { id: `official:${name}`, type: 'official', name, aliases: [], mentions: [{ start: 0, end: name.length, text: name }] };
}

/** A holds_position of `person` at `org` with the given fields. */
export function post(person: string, org: string, title: string, fields: Partial<Relation> = {}): Relation {
  return { id: `r-${person}-${title}`, type: 'holds_position', source: `official:${person}`, target: `organization:${org}`, title, evidence: { sentence: `${org}${title}${person}`, start: 0, end: 1 }, ...fields };
}

/** One document's result: its entities and relations, dated `date`. */
export function result(date: string | undefined, entities: Entity[], relations: Relation[] = []): ExtractionResult {
  return { entities, relations, ...(date ? { date } : {}), meta: date ? { date } : {} };
}
