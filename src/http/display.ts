// The kitchen/delivery display (display/, bundled into dist/display at `npm run build`): GET /display serves the
// page with the business time zone filled in, /display/* its assets; nothing comes from another origin.
import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';

/** Where `npm run build` puts the bundle: dist/display, next to dist/src. */
export const DISPLAY_DIR = path.join(__dirname, '..', '..', 'display');

/** What the page needs and nothing more: its own script, stylesheet, API (HTTP and WebSocket, same origin). */
const displayPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

export function displayRoutes(appTimezone: string, directory = DISPLAY_DIR): Router {
  const router = Router();
  router.use('/display', displayPolicy);
  router.get('/display', (_req, res) => {
    const page = path.join(directory, 'index.html');
    if (!fs.existsSync(page)) {
      res.status(503).type('text').send('The display is not built: run `npm run build`.');
      return;
    }
    const html = fs.readFileSync(page, 'utf8').replace('%APP_TIMEZONE%', appTimezone);
    res.type('html').set('cache-control', 'no-cache').send(html);
  });
  router.use('/display', express.static(directory, { index: false, fallthrough: false }));
  return router;
}
