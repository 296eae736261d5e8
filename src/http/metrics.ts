// GET /api/metrics: Prometheus exposition. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`. Without
// one, the API's port refuses it in production (so it is never open to the internet by omission), while each
// worker's own METRICS_PORT serves it plainly: that port belongs on the private network, where Prometheus scrapes.
import { Router } from 'express';
import { Config } from '../config/config';
import { AppMetrics } from '../observability/metrics';

export function metricsRoutes(
  metrics: AppMetrics,
  config: Pick<Config, 'metricsToken' | 'nodeEnv'>,
  port: 'api' | 'metrics' = 'api',
): Router {
  const router = Router();
  const token = config.metricsToken;
  router.get('/metrics', async (req, res) => {
    if (!token && config.nodeEnv === 'production' && port === 'api') {
      res.status(403).json({
        error: {
          code: 'FORBIDDEN',
          message: 'Scrape each worker on METRICS_PORT, or set METRICS_TOKEN to serve metrics here',
        },
      });
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
