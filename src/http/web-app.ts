// The web app (web/, built by `npm run build` into dist/web-app): its files, and for every other GET that is not the
// API (/graphql, /api/*) its page, with the business time zone filled in, so that addresses such as /orders/12
// or the wall screens' /display?tanggal=... open the app. Nothing comes from another origin.
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { Router } from 'express';
import helmet from 'helmet';

/** Where `npm run build` puts the app: dist/web-app, next to dist/src. */
export const WEB_APP_DIR = path.join(__dirname, '..', '..', 'web-app');
/**
 * The web app's persisted-documents manifest (codegen's web/src/gql/persisted-documents.json), copied by its build
 * beside dist/web-app (not served): the server always registers it, so TRUSTED_DOCUMENTS=enforce admits the app.
 */
export const WEB_APP_DOCUMENTS = path.join(__dirname, '..', '..', 'web-app-documents.json');

/** What the app needs and nothing more: its own scripts, styles, worker, manifest and API (HTTP and WebSocket). */
const appPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

/** Files whose name does not change with their content: asked again every time (the service worker, the page). */
const ALWAYS_REVALIDATE = new Set(['/sw.js', '/manifest.webmanifest', '/index.html', '/registerSW.js']);

export function webAppRoutes(appTimezone: string, directory = WEB_APP_DIR): Router {
  const router = Router();
  const page = path.join(directory, 'index.html');
  let html: string | null = null;
  const sendPage = (res: express.Response) => {
    if (html === null) {
      if (!fs.existsSync(page)) {
        res.status(503).type('text').send('The web app is not built: run `npm run build`.');
        return;
      }
      html = fs.readFileSync(page, 'utf8').replace('__APP_TIMEZONE__', appTimezone);
    }
    res.type('html').set('cache-control', 'no-cache').send(html);
  };
  router.use(appPolicy);
  // The app's files are sent compressed (a phone on a slow network loads about a third of the bytes).
  router.use(compression());
  router.get(['/', '/index.html'], (_req, res) => sendPage(res));
  router.use(
    express.static(directory, {
      index: false,
      setHeaders: (res, file) => {
        const name = `/${path.relative(directory, file)}`;
        if (ALWAYS_REVALIDATE.has(name)) res.set('cache-control', 'no-cache');
        else if (name.startsWith('/assets/')) res.set('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  // Any other address is a screen of the app (the router shows "not found" for unknown ones); a missing file
  // (something with an extension) is a 404.
  router.get(/^(?!\/api\/|\/graphql).*/, (req, res, next) => {
    if (path.extname(req.path) !== '' || !req.accepts('html')) return next();
    sendPage(res);
  });
  return router;
}
