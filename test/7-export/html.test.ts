import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_CONTENT_SECURITY_POLICY, toHtml } from '../../src/7-export/html/index.js';
import { escapeHtml, jsonForScript } from '../../src/7-export/html/escape.js';
import { ENTITY_TYPE_STYLES } from '../../src/7-export/html/legend.js';
import { VIEWER_SOURCE_HASH } from '../../src/7-export/html/viewer-bundle.generated.js';
import type { ViewerData } from '../../src/7-export/html/viewer-data.js';
import type { EdgeAttributes, EdgeEvidence, EntityType, NodeAttributes, RelationType } from '../../src/types.js';
import { onPath, skipNotice } from '../optional-tools.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Chromium as the shell finds it (Debian's chromium, Ubuntu's chromium-browser, or Chrome). */
const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].map((name) => onPath(name)).find((file) => file !== undefined);
const HAS_CHROMIUM = CHROMIUM !== undefined;
if (!HAS_CHROMIUM) skipNotice('html viewer browser tests', 'no chromium, chromium-browser or google-chrome on PATH (apt-get install chromium)')();

const IMG_NAME = '<img src=x onerror=alert(1)>';
const SCRIPT_NAME = '</script><script>alert(2)</script>';
const SARFT = '国家广播电视总局';

type KG = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

function addNode(graph: KG, type: EntityType, label: string, extra: Partial<NodeAttributes> = {}): string {
  const key = `${type}:${label}`;
  graph.addNode(key, { label, type, aliases: [], mentions: 1, documents: ['news-1.txt'], ...extra });
  return key;
}

function addEdge(graph: KG, type: RelationType, source: string, target: string, evidence: string[], extra: Partial<EdgeAttributes> = {}): void {
  const ev: EdgeEvidence[] = evidence.map((sentence, i) => ({ sentence, start: 0, end: sentence.length, document: `news-${i + 1}.txt`, date: '2024-03-0' + (i + 1) }));
  graph.addEdgeWithKey(`${type}|${source}|${target}|${extra.title ?? ''}`, source, target, {
    type,
    evidence: ev,
    documents: ev.map((e) => e.document),
    ...extra,
  });
}

/** A small hostile graph: the img-named node in the middle, eight nodes on a ring around it. */
function buildGraph(): KG {
  const graph: KG = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const img = addNode(graph, 'organization', IMG_NAME, { aliases: ['<b>bold alias</b>'], x: 0, y: 0, size: 16 });
  const ring: [EntityType, string, Partial<NodeAttributes>][] = [
    ['organization', SARFT, { subtype: 'government', aliases: ['广电总局', '总局'], mentions: 12 }],
    ['work', SCRIPT_NAME, { subtype: 'web_series' }],
    ['official', '张三', { subtype: 'government' }],
    ['organization', '芒果TV', { subtype: 'platform', aliases: ['芒果 TV'] }],
    ['work', '繁花', { subtype: 'tv_series' }],
    ['event', '中国网络视听大会', { subtype: 'conference' }],
    ['agreement', '战略合作协议', { subtype: 'strategic_cooperation' }],
    ['document', '关于推动微短剧高质量发展的通知', { subtype: 'notice' }],
  ];
  const keys = ring.map(([type, label, extra], i) => {
    const angle = (2 * Math.PI * i) / ring.length;
    return addNode(graph, type, label, { x: 10 * Math.cos(angle), y: 10 * Math.sin(angle), size: 10, ...extra });
  });
  const [sarft, script, zhang, mango, fanhua, conf, agreement, notice] = keys as [string, string, string, string, string, string, string, string];
  addEdge(graph, 'holds_position', zhang, sarft, ['张三任国家广播电视总局副局长。'], { title: '副局长', status: 'current' });
  addEdge(graph, 'issued', sarft, notice, ['国家广播电视总局印发《关于推动微短剧高质量发展的通知》。'], { date: '2024-03-01' });
  addEdge(graph, 'broadcast', mango, fanhua, ['《繁花》在芒果TV播出。', '芒果TV独播《繁花》。', '第三句。', '第四句 </script> <img src=y onerror=alert(3)>。']);
  addEdge(graph, 'organized', sarft, conf, ['中国网络视听大会由国家广播电视总局指导举办。']);
  addEdge(graph, 'signed', mango, agreement, ['芒果TV签署战略合作协议。']);
  addEdge(graph, 'met_with', img, zhang, ['<script>alert(4)</script> 会见 张三。']);
  addEdge(graph, 'produced', img, script, ['出品 ' + SCRIPT_NAME]);
  addEdge(graph, 'cooperates_with', img, sarft, ['&amp; <!-- comment --> \u2028 line separator']);
  return graph;
}

function embeddedData(html: string): ViewerData {
  const match = /<script type="application\/json" id="graph-data">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as ViewerData;
}

/** Same recipe as `sourceHash()` in scripts/build-viewer.mjs. */
function viewerSourceHash(): string {
  const files = [
    ...readdirSync(join(ROOT, 'viewer'))
      .filter((name) => /\.(ts|css)$/.test(name))
      .sort()
      .map((name) => `viewer/${name}`),
    'src/7-export/html/viewer-data.ts',
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${readFileSync(join(ROOT, file), 'utf8').replace(/\r\n/g, '\n')}\0`);
  return hash.digest('hex');
}

const cspHash = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('jsonForScript', () => {
  const cases: [string, unknown][] = [
    ['closing script tag', { name: SCRIPT_NAME }],
    ['img tag', [IMG_NAME]],
    ['html comment and ampersand', '<!-- & -->'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['chinese', { name: SARFT, aliases: ['广电总局'] }],
  ];
  it.each(cases)('%s: escapes and round-trips', (_label, value) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('writes \\u003c for <', () => {
    expect(jsonForScript('</script>')).toBe('"\\u003c/script\\u003e"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('toHtml (no browser)', () => {
  const graph = buildGraph();
  const html = toHtml(graph, { title: `<i>图谱</i> & "test"` });

  it('embeds the graph as parseable JSON with every name intact', () => {
    const data = embeddedData(html);
    expect(data.nodes.map((n) => n.label)).toEqual(expect.arrayContaining([IMG_NAME, SCRIPT_NAME, SARFT]));
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    const broadcast = data.edges.find((e) => e.type === 'broadcast');
    expect(broadcast?.evidence).toHaveLength(4);
    expect(data.types.map((t) => t.type)).toEqual(['organization', 'official', 'work', 'agreement', 'document', 'event']);
  });

  it('lets no hostile string reach the markup', () => {
    for (const raw of ['<img', '<script>alert', '</script><script>', '<!-- comment', '<b>', '<i>', '\u2028']) {
      expect(html.includes(raw), `raw ${JSON.stringify(raw)} in the page`).toBe(false);
    }
    expect(html.match(/<script[\s>]/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>&lt;i&gt;图谱&lt;/i&gt; &amp; &quot;test&quot;</title>');
  });

  it('has a strict CSP whose hashes match the inline script and style', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`);
    expect(HTML_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(HTML_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(HTML_CONTENT_SECURITY_POLICY).toContain(`script-src '${cspHash(script)}'`);
    expect(HTML_CONTENT_SECURITY_POLICY).toContain(`style-src '${cspHash(style)}'`);
  });

  it('is pure: same output twice, graph untouched', () => {
    const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    addNode(g, 'person', '李四');
    addNode(g, 'work', '狂飙');
    const before = JSON.stringify(g.export());
    expect(toHtml(g)).toBe(toHtml(g));
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('places nodes without x/y deterministically and sizes them', () => {
    const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    const a = addNode(g, 'person', '甲');
    const b = addNode(g, 'person', '乙');
    const c = addNode(g, 'person', '丙', { x: 5, y: 5, size: 3 });
    addEdge(g, 'met_with', a, b, ['甲会见乙。']);
    addEdge(g, 'met_with', c, a, ['丙会见甲。']);
    const data = embeddedData(toHtml(g));
    for (const node of data.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y) && node.size > 0).toBe(true);
    }
    expect(data.nodes.find((n) => n.label === '丙')).toMatchObject({ x: 5, y: 5, size: 3 });
    const [first, second] = data.nodes;
    expect([first!.x, first!.y]).not.toEqual([second!.x, second!.y]);
    expect(embeddedData(toHtml(g))).toEqual(data);
  });

  // Nodes without relations go on a ring around the connected part (a square of side 20 around 0, 0 here),
  // each type an arc; nodes with relations keep their place.
  const ringRows: [label: string, isolated: [EntityType, string][], rings: number][] = [
    ['three isolated nodes', [['person', '甲'], ['work', '乙'], ['person', '丙']], 1],
    ['more than one ring holds', Array.from({ length: 140 }, (_, i): [EntityType, string] => [i % 2 ? 'event' : 'work', `孤${i}`]), 2],
  ];
  it.each(ringRows)('puts nodes without relations on a ring around the rest: %s', (_label, isolated, rings) => {
    const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    const corners = [[-10, -10], [10, -10], [10, 10], [-10, 10]].map(([x, y], i) => addNode(g, 'organization', `机构${i}`, { x, y }));
    corners.forEach((key, i) => addEdge(g, 'cooperates_with', key, corners[(i + 1) % 4]!, ['合作。']));
    // Scattered where a force layout leaves them: some inside the connected part.
    isolated.forEach(([type, label], i) => addNode(g, type, label, { x: (i * 7) % 30 - 15, y: (i * 11) % 30 - 15 }));
    const data = embeddedData(toHtml(g));
    for (const [i, key] of corners.entries()) expect(data.nodes.find((n) => n.key === key)).toMatchObject({ x: [-10, 10, 10, -10][i], y: [-10, -10, 10, 10][i] });
    const ring = data.nodes.filter((n) => !corners.includes(n.key));
    const radii = [...new Set(ring.map((n) => Math.hypot(n.x, n.y).toFixed(6)))].map(Number);
    expect(radii).toHaveLength(rings);
    expect(Math.min(...radii)).toBeGreaterThan(10);
    // Sorted by type then label, clockwise from the top: one arc per type.
    const byAngle = ring.filter((n) => Math.hypot(n.x, n.y).toFixed(6) === Math.min(...radii).toFixed(6))
      .map((n) => ({ type: n.type, angle: (Math.PI / 2 - Math.atan2(n.y, n.x) + 4 * Math.PI) % (2 * Math.PI) }))
      .sort((a, b) => a.angle - b.angle)
      .map((n) => n.type);
    expect(byAngle).toEqual([...byAngle].sort());
  });

  it('keeps a stored colour that differs from the type colour as ownColor', () => {
    const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    addNode(g, 'person', '甲', { color: '#ff0000' });
    addNode(g, 'person', '乙', { color: '#00ff00' });
    addNode(g, 'work', '丙', { color: '#123456' });
    const data = embeddedData(toHtml(g));
    expect(data.types.find((t) => t.type === 'person')?.color).toBe(ENTITY_TYPE_STYLES.person.color);
    expect(data.types.find((t) => t.type === 'work')?.color).toBe('#123456');
    expect(data.nodes.map((n) => n.ownColor)).toEqual(['#ff0000', '#00ff00', undefined]);
  });

  it('ships a viewer bundle built from the current viewer/ sources', () => {
    expect(VIEWER_SOURCE_HASH, 'viewer/ changed: run node scripts/build-viewer.mjs').toBe(viewerSourceHash());
  });
});

/** Decode an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium screenshots are) into RGBA rows. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) throw new Error('unsupported PNG');
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(pixels.subarray(i * channels, i * channels + 3), i * 4);
    rgba[i * 4 + 3] = channels === 4 ? pixels[i * channels + 3]! : 255;
  }
  return { width, height, rgba };
}

/** How many distinct colours a screenshot has, and how many pixels are close to `target` (#rrggbb). */
function pixelStats(png: Buffer, target: string): { distinct: number; targetPixels: number } {
  const { rgba } = decodePng(png);
  const [tr, tg, tb] = [1, 3, 5].map((i) => parseInt(target.slice(i, i + 2), 16)) as [number, number, number];
  const colors = new Set<number>();
  let targetPixels = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
    colors.add((r << 16) | (g << 8) | b);
    if (Math.abs(r - tr) <= 12 && Math.abs(g - tg) <= 12 && Math.abs(b - tb) <= 12) targetPixels++;
  }
  return { distinct: colors.size, targetPixels };
}

// The project's tsconfig has no DOM lib, so code that runs in the page is passed as strings.
const NEXT_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';
const REPORT_CSP_VIOLATIONS =
  "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective));";

describe.skipIf(!HAS_CHROMIUM)('toHtml in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shiting-kg-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Open an exported page, recording everything that must not happen. */
  async function open(name: string, html: string): Promise<{ page: Page; problems: string[]; dialogs: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url() !== url) problems.push(`request: ${request.url()}`);
    });
    await page.addInitScript(REPORT_CSP_VIOLATIONS);
    await page.goto(url);
    await page.waitForSelector('#graph canvas');
    // Let sigma draw its first frames.
    await page.evaluate(NEXT_FRAMES);
    return { page, problems, dialogs };
  }

  it('renders, searches and shows hostile names as text only', async () => {
    const { page, problems, dialogs } = await open('graph.html', toHtml(buildGraph(), { title: '网络视听知识图谱' }));

    // The sigma canvas exists, has a size, and shows the nodes in their type colours.
    const box = await page.locator('#graph').boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);
    const canvasSizes = await page.$$eval('#graph canvas', (cs) => cs.map((c) => (c as HTMLCanvasElement).width * (c as HTMLCanvasElement).height));
    expect(Math.min(...canvasSizes)).toBeGreaterThan(0);
    const shot = await page.locator('#graph').screenshot();
    // SHITING_KG_SCREENSHOT=/tmp/viewer saves /tmp/viewer-graph.png and /tmp/viewer-panel.png for a look.
    const screenshotPrefix = process.env.SHITING_KG_SCREENSHOT;
    if (screenshotPrefix) writeFileSync(`${screenshotPrefix}-graph.png`, await page.screenshot());
    const stats = await pixelStats(shot, ENTITY_TYPE_STYLES.organization.color);
    expect(stats.distinct).toBeGreaterThan(20);
    expect(stats.targetPixels).toBeGreaterThan(100);

    // Legend lists the types.
    await expect(page.locator('.legend-item').count()).resolves.toBe(6);
    expect(await page.locator('#stats').textContent()).toBe('9 entities · 8 relations');
    const workToggle = page.locator('.legend-item[data-type="work"]');
    await workToggle.click();
    expect(await workToggle.getAttribute('aria-pressed')).toBe('false');
    await workToggle.click();
    expect(await workToggle.getAttribute('aria-pressed')).toBe('true');

    // A real click on the middle of the canvas selects the img-named node; its name is text.
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel').getAttribute('data-node')).toBe(`organization:${IMG_NAME}`);
    expect(await page.locator('#panel-name').textContent()).toBe(IMG_NAME);
    await expect(page.locator('#panel').textContent()).resolves.toContain('<b>bold alias</b>');
    await expect(page.locator('#panel').textContent()).resolves.toContain('<script>alert(4)</script> 会见 张三。');
    // Following a relation to the script-named node shows its name as text too.
    await page.locator('#panel .node-link', { hasText: SCRIPT_NAME }).click();
    expect(await page.locator('#panel-name').textContent()).toBe(SCRIPT_NAME);
    await page.click('#panel .panel-close');
    expect(await page.locator('#panel').isHidden()).toBe(true);

    // Search by alias substring (Chinese); Enter selects the node, opens the panel and centres the node
    // in the part of the canvas left of the panel: a click there hits the node (a miss would close the panel).
    await page.fill('#search', '广电');
    await page.waitForSelector('#search-results:not([hidden]) .result');
    expect(await page.locator('#search-results .result').first().getAttribute('data-node')).toBe(`organization:${SARFT}`);
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel-name').textContent()).toBe(SARFT);
    expect(await page.locator('#panel .relation').count()).toBe(4);
    await expect(page.locator('#panel').textContent()).resolves.toContain('张三任国家广播电视总局副局长。');
    await page.waitForTimeout(600);
    const panelWidth = (await page.locator('#panel').boundingBox())!.width;
    await page.mouse.click(box!.x + (box!.width - panelWidth) / 2, box!.y + box!.height / 2);
    await page.waitForTimeout(100);
    expect(await page.locator('#panel').getAttribute('data-node')).toBe(`organization:${SARFT}`);
    expect(await page.locator('#panel').isVisible()).toBe(true);
    if (screenshotPrefix) writeFileSync(`${screenshotPrefix}-panel.png`, await page.screenshot());

    // Search by label substring finds the hostile script-named node; the result shows it as text.
    await page.fill('#search', 'alert(2)');
    expect(await page.locator('#search-results .result-label').first().textContent()).toBe(SCRIPT_NAME);
    await page.press('#search', 'Escape');

    // Evidence beyond the first three sentences sits behind a <details>.
    await page.fill('#search', '繁花');
    await page.press('#search', 'Enter');
    await expect(page.locator('#panel .evidence-more summary').textContent()).resolves.toBe('1 more sentences');

    expect(await page.locator('img, b, i').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides the relations below the confidence threshold (slider), in the side panel as in the graph', async () => {
    const graph = buildGraph();
    const confidences: Record<string, number> = { holds_position: 0.9, issued: 0.3, organized: 0.6, cooperates_with: 0.2 };
    graph.forEachEdge((key, attributes) => graph.setEdgeAttribute(key, 'confidence', confidences[attributes.type] ?? 0.8));
    const { page, problems } = await open('confidence.html', toHtml(graph));
    await page.fill('#search', '广电');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel .relation').count()).toBe(4);
    await page.locator('#min-confidence').fill('0.5');
    expect(await page.locator('#panel .relation').count()).toBe(2);
    await expect(page.locator('#panel').textContent()).resolves.toContain('confidence 0.90');
    await page.locator('#min-confidence').fill('0');
    expect(await page.locator('#panel .relation').count()).toBe(4);
    expect(problems).toEqual([]);
    await page.close();
  });

  /** The viewer's read-only view for checks (window.shitingKgViewer). */
  const VIEWER = 'window.shitingKgViewer';
  const onScreen = (page: Page, key: string) => page.evaluate(`${VIEWER}.nodeOnScreen(${JSON.stringify(key)})`) as Promise<{ x: number; y: number }>;

  it('re-centres a clicked node in the part of the canvas the side panel leaves free', async () => {
    const { page, problems } = await open('click.html', toHtml(buildGraph()));
    const box = (await page.locator('#graph').boundingBox())!;
    const key = `organization:${SARFT}`;
    // The rightmost node of the ring: where the panel (420 px at the right) will open.
    const before = await onScreen(page, key);
    expect(before.x).toBeGreaterThan(box.width - 420);
    await page.mouse.click(box.x + before.x, box.y + before.y);
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel').getAttribute('data-node')).toBe(key);
    const panelWidth = (await page.locator('#panel').boundingBox())!.width;
    // Polled: the camera glides there, slower on a busy machine.
    const offCentre = async () => {
      const after = await onScreen(page, key);
      return Math.max(Math.abs(after.x - (box.width - panelWidth) / 2), Math.abs(after.y - box.height / 2));
    };
    await expect.poll(offCentre, { timeout: 10_000 }).toBeLessThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides the unconnected nodes with one toggle and frames the rest', async () => {
    const g = buildGraph();
    const lone = ['孤立甲', '孤立乙', '孤立丙'].map((label) => addNode(g, 'person', label, { x: 3, y: -4, size: 6 }));
    const { page, problems } = await open('isolated.html', toHtml(g));
    const shown = () => page.evaluate(`${VIEWER}.shownNodes()`) as Promise<string[]>;
    expect(await shown()).toEqual(expect.arrayContaining(lone));
    expect(await page.locator('label[for="hide-isolated"]').textContent()).toBe('Hide unconnected 隐藏孤立节点 (3)');
    const spread = async () => {
      const points = await Promise.all([`organization:${SARFT}`, `work:${SCRIPT_NAME}`].map((key) => onScreen(page, key)));
      return Math.hypot(points[0]!.x - points[1]!.x, points[0]!.y - points[1]!.y);
    };
    const withRing = await spread();
    await page.check('#hide-isolated');
    expect((await shown()).sort()).toEqual(g.filterNodes((key) => g.degree(key) > 0).sort());
    // The connected part now fills the canvas the ring took (3 nodes on a ring 1.35 times as wide: ~1.17).
    await expect.poll(spread, { timeout: 10_000 }).toBeGreaterThan(withRing * 1.1);
    await page.uncheck('#hide-isolated');
    expect(await shown()).toHaveLength(g.order);
    expect(problems).toEqual([]);
    await page.close();
  });

  const NOTICE = 'document:关于推动微短剧高质量发展的通知';
  const thresholdRows: [label: string, threshold: string, unconnected: string[]][] = [
    ['slider at 0: the nodes without relations', '0', []],
    ['slider at 0.5: also the notice, whose one relation (0.3) the slider hides', '0.5', [NOTICE]],
  ];
  it.each(thresholdRows)('counts as unconnected a node whose every relation is below the confidence threshold: %s', async (_label, threshold, alsoHidden) => {
    const g = buildGraph();
    const confidences: Record<string, number> = { issued: 0.3, cooperates_with: 0.2 };
    g.forEachEdge((key, attributes) => g.setEdgeAttribute(key, 'confidence', confidences[attributes.type] ?? 0.8));
    const lone = ['孤立甲', '孤立乙', '孤立丙'].map((label) => addNode(g, 'person', label, { x: 3, y: -4, size: 6 }));
    const { page, problems } = await open(`threshold-${threshold}.html`, toHtml(g));
    const shown = () => page.evaluate(`${VIEWER}.shownNodes()`) as Promise<string[]>;
    await page.locator('#min-confidence').fill(threshold);
    expect(await page.locator('label[for="hide-isolated"]').textContent()).toBe(`Hide unconnected 隐藏孤立节点 (${lone.length + alsoHidden.length})`);
    await page.check('#hide-isolated');
    const hidden = new Set([...lone, ...alsoHidden]);
    expect((await shown()).sort()).toEqual(g.filterNodes((key) => !hidden.has(key)).sort());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws no two labels over each other in a dense spot', async () => {
    const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    const hub = addNode(g, 'organization', '中心机构', { x: 0, y: 0, size: 20 });
    for (let i = 0; i < 60; i++) {
      const key = addNode(g, 'organization', `密集节点名称第${i}号`, { x: Math.cos(i) * (1 + (i % 5)), y: Math.sin(i) * (1 + (i % 5)), size: 8 + (i % 7) });
      addEdge(g, 'cooperates_with', hub, key, ['合作。']);
    }
    const { page, problems } = await open('dense.html', toHtml(g));
    const labels = (await page.evaluate(`${VIEWER}.labels()`)) as { key: string; x: number; y: number; width: number; height: number }[];
    expect(labels.length).toBeGreaterThan(3);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `labels of ${a.key} and ${b.key} overlap`).toBe(true);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  // A CJK font of each OS, so Chinese labels find one wherever the page is opened.
  const fonts: [os: string, font: string][] = [
    ['macOS', 'PingFang SC'], ['macOS (older)', 'Hiragino Sans GB'], ['Windows', 'Microsoft YaHei'],
    ['Linux (Noto)', 'Noto Sans CJK SC'], ['Linux (Adobe)', 'Source Han Sans SC'], ['Linux (WenQuanYi)', 'WenQuanYi Micro Hei'],
  ];
  it('names a CJK font of each OS for the page and the canvas labels', async () => {
    const { page } = await open('fonts.html', toHtml(buildGraph()));
    const labelFont = (await page.evaluate(`${VIEWER}.labelFont`)) as string;
    const pageFont = (await page.evaluate("getComputedStyle(document.body).fontFamily")) as string;
    for (const [os, font] of fonts) {
      expect(labelFont, os).toContain(`"${font}"`);
      expect(pageFont, os).toContain(`"${font}"`);
    }
    await page.close();
  });

  it('opens an empty graph without errors', async () => {
    const { page, problems, dialogs } = await open('empty.html', toHtml(new MultiDirectedGraph<NodeAttributes, EdgeAttributes>()));
    expect(await page.locator('.empty').textContent()).toBe('The graph is empty.');
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
