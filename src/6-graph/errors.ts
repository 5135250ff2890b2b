/** Errors of the graph stage, prefixed with the package name. */
export class KnowledgeGraphError extends Error {
  constructor(message: string) {
    super(`shiting-kg: ${message}`);
    this.name = 'KnowledgeGraphError';
  }
}
