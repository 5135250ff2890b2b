/**
 * Node and edge attributes flattened to the scalar values XML graph formats (GEXF, GraphML) can
 * declare: lists joined with `|`, evidence as a JSON string, text stripped of characters XML forbids.
 */
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import { xmlSafe } from './xml-text.js';

export type ScalarAttributes = Record<string, string | number>;

/** Separator of list values (aliases, documents) in scalar attributes. */
export const LIST_SEPARATOR = '|';

/** An edge's weight in every format: how many pieces of evidence state it (at least 1). */
export const edgeWeight = (edge: EdgeAttributes): number => Math.max(1, edge.evidence.length);

/** An edge's label in the XML formats: its title (局长) or else its type. */
export const edgeLabel = (edge: EdgeAttributes): string => xmlSafe(edge.title ?? edge.type);

function setText(target: ScalarAttributes, name: string, value: string | undefined): void {
  if (value !== undefined && value !== '') target[name] = xmlSafe(value);
}

function setNumber(target: ScalarAttributes, name: string, value: number | undefined): void {
  if (value !== undefined && Number.isFinite(value)) target[name] = value;
}

/** The data attributes of a node (not its label, position, size or colour). */
export function scalarNodeAttributes(node: NodeAttributes): ScalarAttributes {
  const scalar: ScalarAttributes = {};
  setText(scalar, 'type', node.type);
  setText(scalar, 'subtype', node.subtype);
  setText(scalar, 'aliases', node.aliases.join(LIST_SEPARATOR));
  setNumber(scalar, 'mentions', node.mentions);
  setText(scalar, 'documents', node.documents.join(LIST_SEPARATOR));
  setNumber(scalar, 'community', node.community);
  setNumber(scalar, 'pagerank', node.pagerank);
  setNumber(scalar, 'confidence', node.confidence);
  return scalar;
}

/** The data attributes of an edge; `evidence` is the JSON of the evidence list. */
export function scalarEdgeAttributes(edge: EdgeAttributes): ScalarAttributes {
  const scalar: ScalarAttributes = {};
  setText(scalar, 'type', edge.type);
  setText(scalar, 'title', edge.title);
  setText(scalar, 'status', edge.status);
  setText(scalar, 'date', edge.date);
  setText(scalar, 'documents', edge.documents.join(LIST_SEPARATOR));
  setText(scalar, 'evidence', JSON.stringify(edge.evidence));
  setNumber(scalar, 'confidence', edge.confidence);
  return scalar;
}

/** The r/g/b channels of a `#rgb` or `#rrggbb` colour, `undefined` for anything else. */
export function rgbOf(color: string | undefined): { r: number; g: number; b: number } | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color ?? '');
  const hex = match?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
}
