// DataSource for the TypeORM CLI (e.g. `npx typeorm migration:show -d dist/ormconfig.js` after `npm run build`).
// It needs DATABASE_URL; the application itself opens it through src/db/open-database.ts.
import 'reflect-metadata';
import { createDataSource } from './src/db/data-source';

if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to use the TypeORM CLI');

export default createDataSource(process.env.DATABASE_URL, { poolSize: 2, console: true });
