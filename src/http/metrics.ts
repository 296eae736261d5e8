// GET /api/metrics: Prometheus exposition. Keep it off the public internet (nginx example), or set METRICS_TOKEN.
import { Router } from 'express';
import { AppMetrics } from '../metrics';

export function metricsRoutes(metrics: AppMetrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Metrics need the metrics token' } });
      return;
    }
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
