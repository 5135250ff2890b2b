/**
 * The shape of src/ (`npm run lint:deps`): the pipeline's stages are numbered folders in flow order,
 * and a module may import only from its own stage, an earlier one, or the base (types, dictionary, io).
 *
 *   types.ts, dictionary/, io/            the base every stage reads
 *   1-segment → 2-mentions → 3-resolve → 4-relations → 5-extract     text → extraction result
 *   6-graph → 7-export                                              extraction results → graph → files
 *   8-corpus                                                        extraction + graph: documents in
 *   cli/, index.ts                                                  the entry points
 *
 * The graph and its exporters take extraction results only: they never import stages 1–5.
 */
const LAYERS = [
  ['base', '^src/(types\\.ts|dictionary/|io/)'],
  ['1-segment', '^src/1-segment/'],
  ['2-mentions', '^src/2-mentions/'],
  ['3-resolve', '^src/3-resolve/'],
  ['4-relations', '^src/4-relations/'],
  ['5-extract', '^src/5-extract/'],
  ['6-graph', '^src/6-graph/'],
  ['7-export', '^src/7-export/'],
  ['8-corpus', '^src/8-corpus/'],
  ['cli', '^src/cli/'],
  ['entry', '^src/(index|internals)\\.ts$'],
];

/** One rule per layer: nothing imports a later layer. */
const noLaterLayer = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-import-after-${name}`,
  comment: `${name} imports a later stage (${LAYERS.slice(i + 1).map(([n]) => n).join(', ')}): data flows one way`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
}));

module.exports = {
  forbidden: [
    ...noLaterLayer,
    {
      name: 'graph-takes-results-only',
      comment: 'the graph and its exporters read extraction results (src/types.ts), never the extraction stages',
      severity: 'error',
      from: { path: '^src/(6-graph|7-export)/' },
      to: { path: '^src/[1-5]-' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle hides which module comes first',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code (entry points excepted)',
      severity: 'error',
      from: {
        orphan: true,
        path: '^src/',
        pathNot: ['^src/(index|internals)\\.ts$', '^src/cli/index\\.ts$', '^src/8-corpus/worker\\.ts$', '\\.d\\.ts$'],
      },
      to: {},
    },
    {
      name: 'no-src-to-test',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
