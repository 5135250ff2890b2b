/**
 * Reading a graph written by `shiting-kg extract --format json`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KnowledgeGraph } from '../8-corpus/knowledge-graph.js';
import { CliError, errorMessage } from './errors.js';

/**
 * Whether `data` is what `extract FILE` prints without `--out` (one document's `{ entities, relations }`),
 * the JSON a newcomer most often hands to `stats` or `query` instead of a graph.
 */
function isExtractionResult(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || 'format' in data) return false;
  const { entities, relations } = data as { entities?: unknown; relations?: unknown };
  return Array.isArray(entities) && Array.isArray(relations);
}

/** Load `file` (a `graph.json`), resolved against `cwd`; throws a `CliError` naming the file. */
export async function loadGraph(file: string, cwd: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
    return KnowledgeGraph.fromJSON(data);
  } catch (error) {
    const message = `${file}: ${errorMessage(error).replace(/^shiting-kg: /, '')}`;
    if (!isExtractionResult(data)) throw new CliError(message);
    throw new CliError(
      `${message}\n  this is one document's extraction (what \`extract FILE\` prints without --out); ` +
        'make a graph with `shiting-kg extract FILE… --out DIR` and pass DIR/graph.json',
    );
  }
}
