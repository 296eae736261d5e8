// Builds the web app (web/src, React) into dist/web-app, served by the API server at `/`. The service worker
// (Workbox, through vite-plugin-pwa) precaches the app shell only: never /graphql, /api/* or export downloads.
import { parse } from '@formatjs/icu-messageformat-parser';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { transformAsync } from '@babel/core';
import react from '@vitejs/plugin-react';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The message catalogues (web/src/i18n/*.json and each area's web/src/<area>/i18n/*.json, ICU strings) reach the browser already parsed, so the app ships
 * react-intl without its message parser (formatjs' documented "no-parser" build): about 10 KB less to load.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]web[\\/]src[\\/](.+[\\/])?i18n[\\/](id|en)\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const parsed = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]));
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}

/**
 * Each `graphql(...)` call becomes an import of its own typed document (GraphQL Code Generator's documented Babel
 * optimizer, run through @babel/core): without it every screen's documents ride in the main bundle through
 * gql.ts's lookup table, administrators' screens included.
 */
function documentsPerCall(): Plugin {
  const artifactDirectory = fileURLToPath(new URL('./src/gql', import.meta.url));
  return {
    name: 'graphql-documents-per-call',
    enforce: 'pre',
    async transform(code, id) {
      if (
        !/[\\/]web[\\/]src[\\/].*\.tsx?$/.test(id) ||
        id.includes(artifactDirectory) ||
        !code.includes('graphql(')
      )
        return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * The app's trusted documents (codegen's persisted-documents.json) beside the build, as dist/web-app-documents.json:
 * the server registers them at start, so TRUSTED_DOCUMENTS=enforce admits exactly what this build sends. Outside
 * dist/web-app, so it is not served.
 */
function registeredDocuments(): Plugin {
  return {
    name: 'registered-documents',
    apply: 'build',
    closeBundle() {
      copyFileSync(
        fileURLToPath(new URL('./src/gql/persisted-documents.json', import.meta.url)),
        fileURLToPath(new URL('../dist/web-app-documents.json', import.meta.url)),
      );
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/web-app', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true }, '/api': 'http://127.0.0.1:3000' },
  },
  plugins: [
    precompiledMessages(),
    documentsPerCall(),
    registeredDocuments(),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Pack Meal',
        short_name: 'Pack Meal',
        description: 'Pesan makan, dapur dan pengantaran',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0f5132',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,svg,png,wav}'],
        // The page carries APP_TIMEZONE filled in by the server: navigations go to the network first and fall
        // back to the last page served only when offline.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' && !url.pathname.startsWith('/api/') && url.pathname !== '/graphql',
            handler: 'NetworkFirst',
            options: { cacheName: 'pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
});
