/**
 * Shared helpers of the export tests: a graph full of hostile names, and the external readers
 * (Python's networkx and csv module, xmllint), used when they are installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import type { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import type { Entity, ExtractionResult } from '../../src/types.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { onPath, skipNotice } from '../optional-tools.js';

/** The `python3` a user's shell runs (the first on PATH), not a fixed /usr/bin/python3. */
export const PYTHON = onPath('python3') ?? 'python3';

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** networkx, the independent reader of GEXF and GraphML, in the python3 on PATH. */
export const HAS_NETWORKX = runs(PYTHON, ['-c', 'import networkx']);
export const HAS_PYTHON = runs(PYTHON, ['-c', 'import csv, json']);
export const HAS_XMLLINT = onPath('xmllint') !== undefined && runs('xmllint', ['--version']);

export const NO_NETWORKX = `needs ${HAS_PYTHON ? `networkx in the python3 on PATH (${PYTHON})` : 'python3 with networkx on PATH'}: apt-get install python3-networkx, or pip install networkx`;
export const NO_PYTHON = 'needs python3 on PATH';
export const NO_XMLLINT = 'needs xmllint on PATH (apt-get install libxml2-utils)';

/**
 * `it` when a tool is available, else `it.skip` with the reason in the test's name; the first skip of
 * the group also prints one line with the reason, so a run without the tool says what it did not check.
 */
export function itWhen(available: boolean, group: string, reason: string): (title: string, test: () => void | Promise<void>) => void {
  const notice = skipNotice(group, reason);
  return (title, test) => {
    if (available) return it(title, test);
    notice();
    return it.skip(`${title} (skipped: ${reason})`, test);
  };
}

export const withXmllint = itWhen(HAS_XMLLINT, 'xmllint checks', NO_XMLLINT);
export const withNetworkx = itWhen(HAS_NETWORKX, 'networkx checks', NO_NETWORKX);
export const withPython = itWhen(HAS_PYTHON, "Python's csv reader checks", NO_PYTHON);

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'shiting-kg-test-'));
}

/** Write `content` to a temporary file named `name` and return its path. */
export function tempFile(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content, 'utf8');
  return file;
}

/** Run a Python script (argument 1 is `file`) and return what it printed as JSON. */
export function python(script: string, file: string): unknown {
  const result = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Names that try to break out of every format we write. */
export const HOSTILE_NAMES = {
  html: '<img src=x onerror=alert(1)>',
  script: '</script><script>alert(1)</script>',
  quotes: 'He said "hi", & \'bye\'',
  control: 'bell\u0007null\u0000esc\u001b[31m',
  surrogate: 'lone\ud800surrogate',
  multiline: 'line one\nline two\r\nline three',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+1-555-0100',
  minus: '-2+3',
  at: '@SUM(A1:A9)',
  tab: '\tindented',
  separators: 'a;b|c,d',
} as const;

/** The characters XML cannot carry, removed from a name. */
export function withoutXmlForbidden(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/g, '');
}

/** The fixture graph plus one person per hostile name, each linked to 国家广播电视总局. */
export function hostileGraph(): KnowledgeGraph {
  const kg = fixtureGraph();
  const entities: Entity[] = Object.entries(HOSTILE_NAMES).map(([key, name]) => ({
    id: `person:${name}`,
    type: 'person',
    name,
    aliases: [`${key}|alias;${name}`],
    mentions: [{ start: 0, end: 1, text: 'x' }],
  }));
  const result: ExtractionResult = {
    entities,
    relations: entities.map((entity, i) => ({
      id: `h${i}`,
      type: 'holds_position',
      source: entity.id,
      target: 'organization:国家广播电视总局',
      title: entity.name,
      evidence: { sentence: `${entity.name} 任 </script> & "title"`, start: 0, end: 10 },
    })),
    meta: { title: HOSTILE_NAMES.html },
  };
  kg.addExtraction(result, { id: `hostile ${HOSTILE_NAMES.quotes}`, date: '2024-10-01' });
  return kg;
}
