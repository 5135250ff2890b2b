import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onPath, skipNotice } from './optional-tools.js';
import { PYTHON } from './7-export/helpers.js';

/** Directories a, b, c under a fresh root; each listed file is created there (`x`: executable). */
function pathOf(files: Record<string, 'x' | '-' | 'dir'>): { root: string; searchPath: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'shiting-kg-path-'));
  for (const dir of ['a', 'b', 'c']) mkdirSync(path.join(root, dir));
  for (const [file, mode] of Object.entries(files)) {
    const full = path.join(root, file);
    if (mode === 'dir') mkdirSync(full);
    else {
      writeFileSync(full, '#!/bin/sh\n');
      chmodSync(full, mode === 'x' ? 0o755 : 0o644);
    }
  }
  return { root, searchPath: ['a', '', 'b', 'c'].map((dir) => (dir === '' ? '' : path.join(root, dir))).join(path.delimiter) };
}

describe('onPath', () => {
  const rows: [label: string, files: Record<string, 'x' | '-' | 'dir'>, expected: string | undefined][] = [
    ['the first directory that has it wins', { 'b/python3': 'x', 'c/python3': 'x' }, 'b/python3'],
    ['a file that is not executable is passed over', { 'a/python3': '-', 'c/python3': 'x' }, 'c/python3'],
    ['a directory of that name is passed over', { 'a/python3': 'dir', 'b/python3': 'x' }, 'b/python3'],
    ['none anywhere', { 'a/python': 'x' }, undefined],
  ];
  it.each(rows)('%s', (_label, files, expected) => {
    const { root, searchPath } = pathOf(files);
    expect(onPath('python3', searchPath)).toBe(expected === undefined ? undefined : path.join(root, expected));
  });

  it('is what the export tests run as python3 (the interpreter a user calls, not /usr/bin/python3)', () => {
    expect(PYTHON).toBe(onPath('python3') ?? 'python3');
  });
});

describe('skipNotice', () => {
  it('prints one line with the reason however many tests of the group are skipped', () => {
    const lines: string[] = [];
    const notice = skipNotice('networkx checks', 'needs networkx', (line) => lines.push(line));
    notice();
    notice();
    notice();
    expect(lines).toEqual(['networkx checks skipped: needs networkx']);
  });
});
