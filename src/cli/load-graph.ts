/**
 * Reading a graph written by `shiting-kg extract --format json`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KnowledgeGraph } from '../8-corpus/knowledge-graph.js';
import { CliError, errorMessage } from './errors.js';

/** Load `file` (a `graph.json`), resolved against `cwd`; throws a `CliError` naming the file. */
export async function loadGraph(file: string, cwd: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
  }
  try {
    return KnowledgeGraph.fromJSON(JSON.parse(text));
  } catch (error) {
    throw new CliError(`${file}: ${errorMessage(error).replace(/^shiting-kg: /, '')}`);
  }
}
