// Liveness (/api/health: the process answers) and readiness (/api/ready: the database answers too, and the process
// is not stopping).
import { Router } from 'express';
import { DataSource } from 'typeorm';
import type { ReadReplica } from '../db/read-replica';

export function healthRoutes(
  dataSource: DataSource,
  reads?: ReadReplica,
  stopping: () => boolean = () => false,
): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      message: 'Bebang Pack Meal Portal API is running',
      timestamp: new Date().toISOString(),
    });
  });
  router.get('/ready', async (_req, res) => {
    if (stopping()) {
      res.status(503).json({ status: 'stopping', database: 'up', timestamp: new Date().toISOString() });
      return;
    }
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      // A read replica that is down or behind leaves the process ready: heavy reads go to the primary meanwhile.
      const readReplica = reads ? { readReplica: reads.status() } : {};
      res.json({ status: 'ready', database: 'up', ...readReplica, timestamp: new Date().toISOString() });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down', timestamp: new Date().toISOString() });
    }
  });
  return router;
}
