/**
 * HTML exporter: one self-contained, offline HTML file with an interactive sigma.js view of the
 * knowledge graph (legend by entity type, search by name/alias, a side panel with relations and
 * their evidence sentences).
 */
import type Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { toViewerData } from './data.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { VIEWER_SCRIPT, VIEWER_SCRIPT_HASH, VIEWER_STYLE, VIEWER_STYLE_HASH } from './viewer-bundle.generated.js';

export interface HtmlExportOptions {
  /** Page title and heading. Default `'shiting-kg knowledge graph'`. */
  title?: string;
}

/**
 * The Content-Security-Policy of the page: nothing may load from anywhere; only the inlined viewer
 * script and stylesheet (by hash) run. WebGL and canvas drawing need no extra source.
 */
export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src '${VIEWER_SCRIPT_HASH}'`,
  `style-src '${VIEWER_STYLE_HASH}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Render the graph as a standalone HTML page (a pure function: the same graph gives the same string).
 *
 * Node positions, sizes and colours come from the `x`, `y`, `size`, `color` attributes; nodes without
 * a position are placed deterministically, nodes without a size are sized by degree. All data goes
 * into a `<script type="application/json">` block with `<`, `>`, `&`, U+2028 and U+2029 escaped, and
 * the viewer inserts every name, alias and sentence as text, never as markup.
 *
 * - graph `Graph<NodeAttributes, EdgeAttributes>`: the knowledge graph.
 * - options.title `string` [`'shiting-kg knowledge graph'`]: page title and heading.
 */
export function toHtml(graph: Graph<NodeAttributes, EdgeAttributes>, options: HtmlExportOptions = {}): string {
  const title = options.title ?? 'shiting-kg knowledge graph';
  const data = toViewerData(graph, title);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="shiting-kg">
<title>${escapeHtml(title)}</title>
<style>${VIEWER_STYLE}</style>
</head>
<body>
<header class="toolbar">
<h1 class="title">${escapeHtml(title)}</h1>
<div class="search">
<input id="search" type="search" placeholder="Search name or alias · 搜索名称或别名" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results" aria-label="Search entities">
<ul id="search-results" role="listbox" hidden></ul>
</div>
<span id="stats" class="stats"></span>
</header>
<main class="stage">
<div id="graph" class="graph" aria-label="Knowledge graph"></div>
<div id="controls" class="controls"></div>
<section id="legend" class="legend" aria-label="Legend"></section>
<aside id="panel" class="panel" aria-live="polite" hidden></aside>
<noscript><p class="noscript">This viewer needs JavaScript.</p></noscript>
</main>
<script type="application/json" id="graph-data">${jsonForScript(data)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}
