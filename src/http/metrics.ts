// GET /api/metrics: Prometheus exposition. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`; in
// production without one it is refused, so that it is never open to the internet by omission.
import { Router } from 'express';
import { Config } from '../config/config';
import { AppMetrics } from '../observability/metrics';

export function metricsRoutes(metrics: AppMetrics, config: Pick<Config, 'metricsToken' | 'nodeEnv'>): Router {
  const router = Router();
  const token = config.metricsToken;
  router.get('/metrics', async (req, res) => {
    if (!token && config.nodeEnv === 'production') {
      res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Set METRICS_TOKEN to serve metrics' } });
      return;
    }
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Metrics need the metrics token' } });
      return;
    }
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
