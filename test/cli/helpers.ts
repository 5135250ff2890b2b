/**
 * Running the CLI in-process with captured output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/program.js';
import type { CliIO } from '../../src/cli/io.js';
import type { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { toJson } from '../../src/7-export/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `shiting-kg …args` in `cwd` and capture what it prints. */
export async function cli(args: string[], cwd = process.cwd()): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd };
  const code = await run(['node', 'shiting-kg', ...args], io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'shiting-kg-cli-'));
}

/** Save `kg` as graph.json in a temporary directory and return its path. */
export function savedGraph(kg: KnowledgeGraph): string {
  const file = path.join(tempDir(), 'graph.json');
  writeFileSync(file, toJson(kg));
  return file;
}
