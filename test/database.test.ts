import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { migrations } from '../src/db/migrations';
import { seed } from '../src/db/seed';
import { emptyDatabase } from './helpers/global';

describe('migrations and seed', () => {
  it('applies every migration exactly once when two processes start together', async () => {
    const database = await emptyDatabase(`packmeal_migrate_${process.pid}`);
    const sources: DataSource[] = [
      createDataSource(database.url, { poolSize: 2 }),
      createDataSource(database.url, { poolSize: 2 }),
    ];
    try {
      await Promise.all(sources.map((source) => source.initialize()));
      await Promise.all(sources.map((source) => migrate(source)));
      const applied = await sources[0].query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((row: { name: string }) => row.name)).to.deep.equal(
        migrations.map((migration) => migration.name),
      );
    } finally {
      await Promise.all(sources.filter((source) => source.isInitialized).map((source) => source.destroy()));
      await database.drop();
    }
  });

  it('loads the seed into an empty database once; running it again changes nothing', async () => {
    const database = await emptyDatabase(`packmeal_seed_${process.pid}`);
    const source = createDataSource(database.url, { poolSize: 2 });
    try {
      await source.initialize();
      await migrate(source);
      expect(await seed(source, 10)).to.equal(true);
      const count = () =>
        source.query(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM master_department) AS departments,
          (SELECT count(*)::int FROM master_shift) AS shifts, (SELECT count(*)::int FROM master_jabatan) AS jabatan`);
      const first = await count();
      expect(first).to.deep.equal([{ users: 5, departments: 3, shifts: 3, jabatan: 3 }]);
      expect(await seed(source, 10)).to.equal(false);
      expect(await count()).to.deep.equal(first);
    } finally {
      if (source.isInitialized) await source.destroy();
      await database.drop();
    }
  });
});
