// Imported first by the runner: libraries that read NODE_ENV when loaded (graphql-js's instanceOf check, Express)
// run in their production mode, as under `npm run start:prod`, unless NODE_ENV is set. The application's own
// configuration is passed explicitly (bench/support/environment.ts) and does not depend on it.
process.env.NODE_ENV ??= 'production';

export const libraryMode = process.env.NODE_ENV;
