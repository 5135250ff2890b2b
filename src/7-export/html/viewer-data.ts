/**
 * The data the HTML viewer reads from `<script type="application/json" id="graph-data">`.
 * Shared by the exporter (Node, writes it) and the browser viewer (`viewer/main.ts`, reads it),
 * so it must stay free of runtime code.
 */

export interface ViewerType {
  /** Entity type as it appears on the nodes (`organization`, …). */
  type: string;
  /** Human label shown in the legend, e.g. `organization 机构`. */
  label: string;
  /** Colour of the type in the legend and in the default colour mode. */
  color: string;
  /** Number of nodes of this type. */
  count: number;
}

export interface ViewerNode {
  key: string;
  label: string;
  type: string;
  subtype?: string;
  aliases: string[];
  mentions: number;
  documents: string[];
  x: number;
  y: number;
  size: number;
  /** The `color` attribute of the graph node, when it differs from the colour of its type. */
  ownColor?: string;
  /** How sure the extractor is of the entity (0–1), when the graph says. */
  confidence?: number;
}

export interface ViewerEvidence {
  sentence: string;
  document: string;
  date?: string;
}

export interface ViewerEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  title?: string;
  status?: string;
  date?: string;
  evidence: ViewerEvidence[];
  /** How sure the extractor is of the relation (0–1), when the graph says: the viewer can hide the edges below a threshold. */
  confidence?: number;
}

export interface ViewerData {
  version: 1;
  title: string;
  types: ViewerType[];
  /** Human labels of relation types, e.g. `{ met_with: 'met with 会见' }`. */
  relationLabels: Record<string, string>;
  nodes: ViewerNode[];
  edges: ViewerEdge[];
}
