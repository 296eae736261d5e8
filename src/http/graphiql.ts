// GraphiQL for browsers (ruru), its assets served from node_modules so that it works with no internet access.
// Only GET requests that accept HTML reach it; API clients keep using POST /graphql.
import { Router } from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';

const STATIC_PATH = '/ruru-static/';

export function graphiqlRoutes(): Router {
  const router = Router();
  const html = ruruHTML({ staticPath: STATIC_PATH, endpoint: '/graphql', subscriptionEndpoint: '/graphql' });
  const assets = serveStatic(STATIC_PATH);
  router.use(STATIC_PATH, (req, res, next) => {
    // serveStatic expects the full URL path; Express strips the mount point from req.url.
    req.url = req.originalUrl;
    assets(req, res, next);
  });
  router.get('/graphql', (req, res, next) => {
    if (!req.accepts('html') || req.accepts(['json', 'html']) === 'json') return next();
    // GraphiQL runs inline module scripts and workers: it gets a looser policy than the API.
    res.removeHeader('Content-Security-Policy');
    res.type('html').send(html);
  });
  return router;
}
