// The import rules of src/ (ARCHITECTURE.md, "Layers"): folders form a one-way stack, and no module imports itself
// back through others. `npm run deps` checks them; `npm test` runs it.

/** The layers, top first: a folder may import only the folders listed after it (and itself). */
const LAYERS = [
  'server', // the composition root: HTTP server, Apollo, graphql-ws transport
  'http', // plain routes: health, readiness, metrics, exports, GraphiQL, the web app (web-app.ts)
  'schema', // buildSchema, limits, request checks, error formatting, the emitted schema.graphql
  'resolvers', // thin type-graphql resolvers and GraphQL-only types
  'auth', // tokens, cookies, sign-in flows, the context builder, shield permissions
  'realtime', // the event bus across processes and each subscriber's stream
  'services', // the business: one transaction per mutation, reports, exports
  'context', // the request context and application dependencies, as types
  'events', // order events: their types, the event log, the audience, publishing
  'domain', // pure order rules: workflow table, row scope, ordering cut-off
  'db', // embedded PostgreSQL, DataSource, statements, migrations, seed, DataLoaders
  'entities', // TypeORM entities and enums
  'observability', // logger, metrics
  'config', // environment variables
  'common', // errors, scalars, clock, slots, passwords: imports nothing of src/
];
const ENTRY_POINTS = '^src/(index|database-cli)[.]ts$';

const layerRules = LAYERS.map((layer, index) => ({
  name: `layer-${layer}`,
  comment:
    index === LAYERS.length - 1
      ? `src/${layer}/ is the bottom layer: it imports nothing of src/`
      : `src/${layer}/ may import only ${LAYERS.slice(index + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/`, pathNot: `^src/(${[layer, ...LAYERS.slice(index + 1)].join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module imports itself back through others: move the shared part down a layer',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'no-loose-files',
      comment: `Every module of src/ lives in a layer folder (${LAYERS.join(', ')}), except the entry points`,
      severity: 'error',
      from: { path: '^src/', pathNot: [`^src/(${LAYERS.join('|')})/`, ENTRY_POINTS] },
      to: {},
    },
    {
      name: 'no-importing-entry-points',
      comment: 'index.ts and database-cli.ts are processes, not modules to import',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ENTRY_POINTS },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '[.]graphql$' },
  },
};
