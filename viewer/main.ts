/**
 * Browser side of the HTML exporter. Bundled by scripts/build-viewer.mjs (esbuild, IIFE, minified)
 * into src/7-export/html/viewer-bundle.generated.ts and inlined into every exported page.
 *
 * Security rule of this file: data from the graph is only ever inserted as text (`textContent`,
 * `createTextNode`); nothing here writes markup (no innerHTML, insertAdjacentHTML, document.write).
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import type { ViewerData, ViewerEdge, ViewerNode } from '../src/7-export/html/viewer-data';
import { chooseLabels, type LabelBox } from './labels';

interface SigmaNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}
interface SigmaEdge {
  size: number;
  color: string;
}

/**
 * The font stack of the page (style.css's --font, which names a CJK font of each OS), used for the
 * canvas labels too, so one list says which fonts the viewer asks for.
 */
const FONT = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
const EDGE_COLOR = '#b9bfc9';
const EDGE_FOCUS_COLOR = '#4b5565';
const DIMMED_NODE_COLOR = '#e4e7ec';
const MAX_RESULTS = 30;
const EVIDENCE_SHOWN = 3;

// ---------------------------------------------------------------------------------------------
// DOM helpers: text only.

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

function swatch(color: string): HTMLSpanElement {
  const span = h('span', 'swatch');
  span.style.backgroundColor = color;
  return span;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`shiting-kg viewer: element #${id} is missing`);
  return element as T;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Data.

const data = JSON.parse(byId('graph-data').textContent ?? '') as ViewerData;
const nodesByKey = new Map<string, ViewerNode>(data.nodes.map((n) => [n.key, n]));
const edgesByKey = new Map<string, ViewerEdge>(data.edges.map((e) => [e.key, e]));
const typeColor = new Map<string, string>(data.types.map((t) => [t.type, t.color]));
const typeLabel = new Map<string, string>(data.types.map((t) => [t.type, t.label]));
const hasOwnColors = data.nodes.some((n) => n.ownColor !== undefined);

const graph = new MultiDirectedGraph<SigmaNode, SigmaEdge>();
for (const node of data.nodes) {
  graph.addNode(node.key, {
    label: node.label,
    x: node.x,
    y: node.y,
    size: node.size,
    color: typeColor.get(node.type) ?? '#8a93a0',
  });
}
for (const edge of data.edges) {
  graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
    size: Math.min(1 + Math.log2(Math.max(1, edge.evidence.length)), 4),
    color: EDGE_COLOR,
  });
}

// ---------------------------------------------------------------------------------------------
// State and rendering.

const state = {
  selected: null as string | null,
  hovered: null as string | null,
  matches: null as Set<string> | null,
  hiddenTypes: new Set<string>(),
  ownColors: false,
  /** Edges of lower confidence are hidden (the threshold control; 0 shows every edge). */
  minConfidence: 0,
  hideIsolated: false,
};

/** Whether edge `key` is below the confidence threshold (an edge without a confidence is, above 0). */
function belowThreshold(key: string): boolean {
  return state.minConfidence > 0 && (edgesByKey.get(key)?.confidence ?? 0) < state.minConfidence;
}

function focusSet(): Set<string> | null {
  const focus = state.hovered ?? state.selected;
  if (focus === null || !graph.hasNode(focus)) return null;
  return new Set([focus, ...graph.neighbors(focus)]);
}

let currentFocus: Set<string> | null = null;

function nodeColor(key: string): string {
  const node = nodesByKey.get(key);
  if (!node) return '#8a93a0';
  if (state.ownColors && node.ownColor) return node.ownColor;
  return typeColor.get(node.type) ?? '#8a93a0';
}

function isHidden(key: string): boolean {
  const node = nodesByKey.get(key);
  return (node !== undefined && state.hiddenTypes.has(node.type)) || isolatedHidden(key);
}

function nodeReducer(key: string, attrs: SigmaNode): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { ...attrs, color: nodeColor(key) };
  if (isHidden(key) && key !== state.selected) return { ...display, hidden: true };
  if (currentFocus) {
    if (!currentFocus.has(key)) return { ...display, color: DIMMED_NODE_COLOR, label: '', zIndex: 0 };
    display.zIndex = 1;
    if (key === state.selected || key === state.hovered) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  }
  if (state.matches) {
    if (!state.matches.has(key)) return { ...display, color: DIMMED_NODE_COLOR, label: '', zIndex: 0 };
    return { ...display, highlighted: true, forceLabel: state.matches.size <= 20, zIndex: 1 };
  }
  return display;
}

function edgeReducer(key: string, attrs: SigmaEdge): Partial<EdgeDisplayData> {
  const display: Partial<EdgeDisplayData> = { ...attrs };
  const source = graph.source(key);
  const target = graph.target(key);
  if (belowThreshold(key)) return { ...display, hidden: true };
  if ((isHidden(source) && source !== state.selected) || (isHidden(target) && target !== state.selected)) {
    return { ...display, hidden: true };
  }
  const focus = state.hovered ?? state.selected;
  if (focus !== null) {
    if (source !== focus && target !== focus) return { ...display, hidden: true };
    return { ...display, color: EDGE_FOCUS_COLOR, size: (attrs.size ?? 1) + 0.5, zIndex: 1 };
  }
  if (state.matches && !(state.matches.has(source) && state.matches.has(target))) {
    return { ...display, color: '#eef0f3' };
  }
  return display;
}

// ---------------------------------------------------------------------------------------------
// Labels: sigma offers each frame's labels here; the collision pass (./labels.ts) draws those that fit.

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

type QueuedLabel = LabelBox & { text: string };
const labelFrame = { context: null as CanvasRenderingContext2D | null, offered: [] as QueuedLabel[], drawn: [] as QueuedLabel[] };
const LABEL_GAP = 3;

/** sigma's label drawer: measure the label (drawn as sigma would: right of the node) and keep it for the frame's pass. */
function queueLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<SigmaNode, SigmaEdge>): void {
  if (!data.label) return;
  labelFrame.context = context;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  labelFrame.offered.push({
    key: data.key ?? data.label,
    x: data.x + data.size + LABEL_GAP,
    y: data.y - settings.labelSize / 2,
    width,
    height: settings.labelSize,
    size: data.size,
    forced: data.forceLabel === true,
    text: data.label,
  });
}

/** Draw the labels of the frame that do not overlap a more important one. */
function drawLabels(): void {
  const settings = renderer.getSettings();
  const { context } = labelFrame;
  labelFrame.drawn = context ? chooseLabels(labelFrame.offered) : [];
  labelFrame.offered = [];
  if (!context) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  context.fillStyle = settings.labelColor.color ?? '#000';
  for (const box of labelFrame.drawn) context.fillText(box.text, box.x, box.y + settings.labelSize / 2 + settings.labelSize / 3);
}

const container = byId<HTMLDivElement>('graph');
const renderer = new Sigma<SigmaNode, SigmaEdge>(graph, container, {
  defaultEdgeType: 'arrow',
  labelFont: FONT,
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f2430' },
  labelRenderedSizeThreshold: 5,
  labelDensity: 0.6,
  defaultDrawNodeLabel: queueLabel,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  stagePadding: 40,
  nodeReducer,
  edgeReducer,
});

function refresh(): void {
  currentFocus = focusSet();
  renderer.refresh({ skipIndexation: true });
}

/**
 * Animate the camera to the node, zoomed so that its neighbours are in view. When the side panel
 * covers part of a wide graph, the node goes to the middle of the part left of the panel.
 */
function centerOn(key: string): void {
  const display = renderer.getNodeDisplayData(key);
  if (!display) return;
  const camera = renderer.getCamera();
  const { width, height } = renderer.getDimensions();
  const covered = panel.hidden ? 0 : panel.offsetWidth;
  const offset = covered > 0 && width - covered >= covered;
  // Distance (in framed-graph units, where ratio 1 shows the whole graph) to the farthest neighbour.
  let reach = 0;
  for (const neighbor of graph.neighbors(key)) {
    const other = renderer.getNodeDisplayData(neighbor);
    if (other) reach = Math.max(reach, Math.hypot(other.x - display.x, other.y - display.y));
  }
  const visible = Math.min(offset ? width - covered : width, height);
  const ratio =
    reach > 0
      ? Math.min(Math.max(3 * reach * (Math.min(width, height) / Math.max(visible, 1)), 0.05), 1.5)
      : Math.min(camera.ratio, 0.5);
  const target = { x: display.x, y: display.y, angle: camera.angle, ratio };
  if (offset) {
    const shown = renderer.viewportToFramedGraph({ x: (width - covered) / 2, y: height / 2 }, { cameraState: target });
    target.x -= shown.x - target.x;
    target.y -= shown.y - target.y;
  }
  camera.animate(target, { duration: 400 });
}

/**
 * Pan (the zoom kept) so that the node sits in the middle of the canvas the side panel leaves free: a
 * click on a node opens the panel over the right of the canvas, where the node may be.
 */
function revealBesidePanel(key: string): void {
  const display = renderer.getNodeDisplayData(key);
  if (!display) return;
  const camera = renderer.getCamera();
  const { width, height } = renderer.getDimensions();
  const covered = panel.hidden ? 0 : panel.offsetWidth;
  const free = covered > 0 && width - covered >= covered ? width - covered : width;
  const target = { ...camera.getState(), x: display.x, y: display.y };
  const shown = renderer.viewportToFramedGraph({ x: free / 2, y: height / 2 }, { cameraState: target });
  target.x -= shown.x - target.x;
  target.y -= shown.y - target.y;
  camera.animate(target, { duration: 300 });
}

// ---------------------------------------------------------------------------------------------
// Side panel.

const panel = byId<HTMLElement>('panel');

function nodeLink(key: string): HTMLElement {
  const node = nodesByKey.get(key);
  const button = h('button', 'node-link', swatch(nodeColor(key)), node ? node.label : key);
  button.type = 'button';
  button.addEventListener('click', () => select(key, true));
  return button;
}

function evidenceItem(e: ViewerEdge['evidence'][number]): HTMLLIElement {
  const source = [e.document, e.date].filter(Boolean).join(' · ');
  return h('li', undefined, h('p', 'evidence-sentence', e.sentence), source ? h('span', 'evidence-source', source) : null);
}

function relationItem(edge: ViewerEdge, key: string): HTMLLIElement {
  const outgoing = edge.source === key;
  const other = outgoing ? edge.target : edge.source;
  const head = h(
    'div',
    'relation-head',
    h('span', 'relation-type', data.relationLabels[edge.type] ?? edge.type),
    h('span', 'relation-dir', outgoing ? '→' : '←'),
    nodeLink(other),
  );
  const confidence = edge.confidence === undefined ? undefined : `confidence ${edge.confidence.toFixed(2)}`;
  const meta = [edge.title, edge.status, edge.date, confidence].filter((part): part is string => Boolean(part));
  const item = h('li', 'relation', head, meta.length > 0 ? h('div', 'relation-meta', meta.join(' · ')) : null);
  item.dataset.edge = edge.key;
  if (edge.evidence.length > 0) {
    const list = h('ul', 'evidence', ...edge.evidence.slice(0, EVIDENCE_SHOWN).map(evidenceItem));
    item.appendChild(list);
    if (edge.evidence.length > EVIDENCE_SHOWN) {
      const more = h(
        'details',
        'evidence-more',
        h('summary', undefined, `${edge.evidence.length - EVIDENCE_SHOWN} more sentences`),
        h('ul', 'evidence', ...edge.evidence.slice(EVIDENCE_SHOWN).map(evidenceItem)),
      );
      item.appendChild(more);
    }
  }
  return item;
}

function renderPanel(key: string): void {
  const node = nodesByKey.get(key);
  panel.replaceChildren();
  if (!node) {
    panel.hidden = true;
    return;
  }
  const close = h('button', 'panel-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => select(null, false));

  const typeText = [typeLabel.get(node.type) ?? node.type, node.subtype].filter(Boolean).join(' · ');
  const facts = h('dl');
  const fact = (term: string, value: Child): void => {
    facts.append(h('dt', undefined, term), h('dd', undefined, value));
  };
  if (node.aliases.length > 0) fact('Aliases 别名', node.aliases.join('、'));
  fact('Mentions 提及', String(node.mentions));
  if (node.confidence !== undefined) fact('Confidence 置信度', node.confidence.toFixed(2));
  if (node.documents.length > 0) fact('Documents 来源', node.documents.join('、'));

  const edges = graph
    .edges(key)
    .map((edgeKey) => edgesByKey.get(edgeKey))
    .filter((edge): edge is ViewerEdge => edge !== undefined && !belowThreshold(edge.key));
  edges.sort((a, b) => {
    const outA = a.source === key ? 0 : 1;
    const outB = b.source === key ? 0 : 1;
    if (outA !== outB) return outA - outB;
    if (a.type !== b.type) return a.type < b.type ? -1 : 1;
    return (b.date ?? '').localeCompare(a.date ?? '');
  });

  const name = h('h2', 'panel-name', node.label);
  name.id = 'panel-name';
  panel.append(
    close,
    name,
    h('div', 'panel-type', swatch(nodeColor(key)), typeText),
    facts,
    h('h3', undefined, `Relations 关系 (${edges.length})`),
    edges.length > 0
      ? h('ul', 'relations', ...edges.map((edge) => relationItem(edge, key)))
      : h('p', 'relation-meta', 'No relations.'),
  );
  panel.dataset.node = key;
  panel.hidden = false;
  panel.scrollTop = 0;
}

function select(key: string | null, center: boolean): void {
  state.selected = key !== null && graph.hasNode(key) ? key : null;
  if (state.selected === null) {
    panel.hidden = true;
    panel.replaceChildren();
    delete panel.dataset.node;
  } else {
    renderPanel(state.selected);
    if (center) centerOn(state.selected);
  }
  refresh();
}

// ---------------------------------------------------------------------------------------------
// Search.

const searchIndex = data.nodes.map((node) => ({
  key: node.key,
  label: normalize(node.label),
  aliases: node.aliases.map((alias) => ({ alias, normalized: normalize(alias) })),
}));
const input = byId<HTMLInputElement>('search');
const results = byId<HTMLUListElement>('search-results');
let resultKeys: string[] = [];
let activeResult = 0;

function findMatches(query: string): { key: string; alias?: string }[] {
  const q = normalize(query.trim());
  if (q === '') return [];
  const found: { key: string; alias?: string; rank: number }[] = [];
  for (const entry of searchIndex) {
    let rank = -1;
    let alias: string | undefined;
    if (entry.label === q) rank = 0;
    else if (entry.label.startsWith(q)) rank = 1;
    else if (entry.label.includes(q)) rank = 2;
    else {
      const hit = entry.aliases.find((a) => a.normalized.includes(q));
      if (hit) {
        rank = hit.normalized === q ? 0 : 3;
        alias = hit.alias;
      }
    }
    if (rank >= 0) found.push(alias === undefined ? { key: entry.key, rank } : { key: entry.key, alias, rank });
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      graph.degree(b.key) - graph.degree(a.key) ||
      (nodesByKey.get(a.key)?.label.length ?? 0) - (nodesByKey.get(b.key)?.label.length ?? 0),
  );
  return found.map(({ key, alias }) => (alias === undefined ? { key } : { key, alias }));
}

function setActive(index: number): void {
  activeResult = index;
  results.querySelectorAll<HTMLElement>('.result').forEach((item, i) => {
    item.setAttribute('aria-selected', i === index ? 'true' : 'false');
    if (i === index) item.scrollIntoView({ block: 'nearest' });
  });
}

function closeResults(): void {
  results.hidden = true;
  input.setAttribute('aria-expanded', 'false');
}

function chooseResult(index: number): void {
  const key = resultKeys[index];
  if (key === undefined) return;
  closeResults();
  select(key, true);
}

function onSearchInput(): void {
  const matches = findMatches(input.value);
  state.matches = input.value.trim() === '' ? null : new Set(matches.map((m) => m.key));
  resultKeys = matches.slice(0, MAX_RESULTS).map((m) => m.key);
  results.replaceChildren();
  if (input.value.trim() === '') {
    closeResults();
  } else {
    if (matches.length === 0) results.appendChild(h('li', 'result-empty', 'No match 无匹配'));
    matches.slice(0, MAX_RESULTS).forEach((match, index) => {
      const node = nodesByKey.get(match.key);
      if (!node) return;
      const item = h(
        'li',
        'result',
        swatch(nodeColor(match.key)),
        h('span', 'result-label', node.label),
        h('span', 'result-note', match.alias !== undefined ? `= ${match.alias}` : typeLabel.get(node.type) ?? node.type),
      );
      item.setAttribute('role', 'option');
      item.dataset.node = match.key;
      item.addEventListener('mousedown', (event) => event.preventDefault());
      item.addEventListener('click', () => chooseResult(index));
      item.addEventListener('mousemove', () => {
        if (activeResult !== index) setActive(index);
      });
      results.appendChild(item);
    });
    if (matches.length > MAX_RESULTS) {
      results.appendChild(h('li', 'result-empty', `${matches.length - MAX_RESULTS} more…`));
    }
    results.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(0);
  }
  refresh();
}

input.addEventListener('input', onSearchInput);
input.addEventListener('focus', () => {
  if (input.value.trim() !== '') onSearchInput();
});
input.addEventListener('blur', closeResults);
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && resultKeys.length > 0) {
    event.preventDefault();
    setActive((activeResult + 1) % resultKeys.length);
  } else if (event.key === 'ArrowUp' && resultKeys.length > 0) {
    event.preventDefault();
    setActive((activeResult - 1 + resultKeys.length) % resultKeys.length);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    chooseResult(activeResult);
  } else if (event.key === 'Escape') {
    input.value = '';
    onSearchInput();
  }
});

// ---------------------------------------------------------------------------------------------
// Nodes without relations: the exporter puts them on a ring around the graph; one toggle hides them
// and frames the rest. A node whose every relation the confidence slider hides is unconnected too.

const isolatedKeys = new Set(graph.filterNodes((key) => graph.degree(key) === 0));
const hasConfidences = data.edges.some((edge) => edge.confidence !== undefined);

/** The unconnected nodes at the current threshold, kept until the threshold moves. */
let unconnected = { threshold: 0, keys: isolatedKeys };

/** Nodes with no relation shown: none at all, or only relations below the confidence threshold. */
function unconnectedKeys(): Set<string> {
  if (unconnected.threshold !== state.minConfidence) {
    const keys = state.minConfidence === 0 ? isolatedKeys : new Set(graph.filterNodes((key) => !graph.someEdge(key, (edge) => !belowThreshold(edge))));
    unconnected = { threshold: state.minConfidence, keys };
  }
  return unconnected.keys;
}

function isolatedHidden(key: string): boolean {
  return state.hideIsolated && key !== state.selected && unconnectedKeys().has(key);
}

/** The extent of the nodes with relations, which the camera frames while the isolated ones are hidden. */
function connectedExtent(): { x: [number, number]; y: [number, number] } | null {
  const keys = graph.filterNodes((key) => !unconnectedKeys().has(key));
  if (keys.length === 0) return null;
  const xs = keys.map((key) => graph.getNodeAttribute(key, 'x'));
  const ys = keys.map((key) => graph.getNodeAttribute(key, 'y'));
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}

function setHideIsolated(hide: boolean): void {
  state.hideIsolated = hide;
  renderer.setCustomBBox(hide ? connectedExtent() : null);
  refresh();
  void renderer.getCamera().animatedReset({ duration: 300 });
}

const isolatedLabel = () => `Hide unconnected 隐藏孤立节点 (${unconnectedKeys().size})`;
let isolatedLabelElement: HTMLLabelElement | null = null;

/** After the threshold moves: the toggle's count, and the frame when the unconnected nodes are hidden. */
function thresholdMoved(): void {
  if (isolatedLabelElement) isolatedLabelElement.textContent = isolatedLabel();
  if (state.hideIsolated) renderer.setCustomBBox(connectedExtent());
}

/** The "hide unconnected" checkbox of the legend, when the graph has such nodes (or the slider can make some). */
function isolatedToggle(): HTMLElement | null {
  if ((isolatedKeys.size === 0 && !hasConfidences) || isolatedKeys.size === graph.order) return null;
  const checkbox = h('input');
  checkbox.type = 'checkbox';
  checkbox.id = 'hide-isolated';
  checkbox.addEventListener('change', () => setHideIsolated(checkbox.checked));
  const label = h('label', undefined, isolatedLabel());
  label.htmlFor = 'hide-isolated';
  isolatedLabelElement = label;
  return h('div', 'legend-mode', checkbox, label);
}

// ---------------------------------------------------------------------------------------------
// Legend and stats.

function renderLegend(): void {
  const legend = byId<HTMLElement>('legend');
  legend.replaceChildren(h('p', 'legend-heading', 'Entity types 实体类型'));
  for (const type of data.types) {
    const button = h(
      'button',
      'legend-item',
      swatch(type.color),
      h('span', undefined, type.label),
      h('span', 'legend-count', String(type.count)),
    );
    button.type = 'button';
    button.title = 'Show / hide';
    button.dataset.type = type.type;
    button.setAttribute('aria-pressed', 'true');
    button.addEventListener('click', () => {
      const hidden = !state.hiddenTypes.has(type.type);
      if (hidden) state.hiddenTypes.add(type.type);
      else state.hiddenTypes.delete(type.type);
      button.setAttribute('aria-pressed', hidden ? 'false' : 'true');
      refresh();
    });
    legend.appendChild(button);
  }
  if (hasOwnColors) {
    const checkbox = h('input');
    checkbox.type = 'checkbox';
    checkbox.id = 'own-colors';
    checkbox.addEventListener('change', () => {
      state.ownColors = checkbox.checked;
      if (state.selected !== null) renderPanel(state.selected);
      refresh();
    });
    const label = h('label', undefined, 'Use the graph’s own node colours');
    label.htmlFor = 'own-colors';
    legend.appendChild(h('div', 'legend-mode', checkbox, label));
  }
  if (hasConfidences) legend.appendChild(confidenceControl());
  const isolated = isolatedToggle();
  if (isolated) legend.appendChild(isolated);
  legend.appendChild(h('p', 'legend-hint', 'Click a node for details · scroll to zoom'));
}

/** The threshold slider: relations of lower confidence are hidden from the graph and the side panel. */
function confidenceControl(): HTMLElement {
  const slider = h('input');
  slider.type = 'range';
  slider.id = 'min-confidence';
  slider.min = '0';
  slider.max = '1';
  slider.step = '0.05';
  slider.value = '0';
  const value = h('span', 'legend-count', '0.00');
  slider.addEventListener('input', () => {
    state.minConfidence = Number(slider.value);
    value.textContent = state.minConfidence.toFixed(2);
    if (state.selected !== null) renderPanel(state.selected);
    thresholdMoved();
    refresh();
  });
  const label = h('label', undefined, 'Hide relations below confidence 隐藏低置信度关系 ', value);
  label.htmlFor = 'min-confidence';
  return h('div', 'legend-mode legend-confidence', label, slider);
}

renderLegend();

function renderControls(): void {
  const camera = renderer.getCamera();
  const button = (text: string, label: string, action: () => void): HTMLButtonElement => {
    const b = h('button', 'control', text);
    b.type = 'button';
    b.title = label;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', action);
    return b;
  };
  byId('controls').append(
    button('+', 'Zoom in', () => void camera.animatedZoom({ duration: 200 })),
    button('−', 'Zoom out', () => void camera.animatedUnzoom({ duration: 200 })),
    button('⤢', 'Fit the whole graph', () => void camera.animatedReset({ duration: 300 })),
  );
}

renderControls();
byId('stats').textContent = `${data.nodes.length} entities · ${data.edges.length} relations`;
if (data.nodes.length === 0) container.appendChild(h('p', 'empty', 'The graph is empty.'));

// ---------------------------------------------------------------------------------------------
// Graph events.

renderer.on('clickNode', ({ node }) => {
  select(node, false);
  revealBesidePanel(node);
});
renderer.on('beforeRender', () => {
  labelFrame.offered = [];
});
renderer.on('afterRender', drawLabels);
// sigma drew its first frame in its constructor, before the label pass was listening.
renderer.refresh();
renderer.on('clickStage', () => select(null, false));
renderer.on('enterNode', ({ node }) => {
  state.hovered = node;
  container.style.cursor = 'pointer';
  refresh();
});
renderer.on('leaveNode', () => {
  state.hovered = null;
  container.style.cursor = '';
  refresh();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.activeElement !== input) select(null, false);
});

// ---------------------------------------------------------------------------------------------
// A read-only view for automated checks (the browser tests): where a node is on screen, which labels
// the last frame drew, the font the labels ask for.

Object.defineProperty(window, 'shitingKgViewer', {
  value: Object.freeze({
    nodeOnScreen(key: string): { x: number; y: number } | null {
      const display = renderer.getNodeDisplayData(key);
      return display ? renderer.framedGraphToViewport(display) : null;
    },
    labels: (): { key: string; x: number; y: number; width: number; height: number }[] =>
      labelFrame.drawn.map(({ key, x, y, width, height }) => ({ key, x, y, width, height })),
    labelFont: FONT,
    shownNodes: (): string[] => graph.filterNodes((key) => renderer.getNodeDisplayData(key)?.hidden !== true),
  }),
});
