// Work that needs a session of its own on PostgreSQL itself (the migrations' session-level advisory lock): on
// DIRECT_DATABASE_URL when set, since through a transaction pooler consecutive statements of one client may run on
// different server connections (a lock taken on one would be released on another, and stay held).
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/** Runs `work` on a short-lived pool on `directUrl`, or on `pool` itself when no direct URL is set. */
export async function withDirectConnection<T>(
  pool: DataSource,
  directUrl: string | undefined,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  if (!directUrl) return work(pool);
  const direct = createDataSource(directUrl, { poolSize: 2, preparedStatements: 0 });
  await direct.initialize();
  try {
    return await work(direct);
  } finally {
    await direct.destroy();
  }
}
