import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Express, Response } from 'express';
import { PROJECT_ROOT } from '../config/project-root';

/** Hand-written pages: the explorer and the embed example. */
const STATIC_DIR = join(PROJECT_ROOT, 'src', 'widget', 'static');
/** The esbuild output (`npm run build:widget`, run before start and test). */
const BUNDLE_DIR = join(PROJECT_ROOT, 'dist', 'widget');
const BUNDLES = ['kizuna-graph.js', 'explorer.js'];

/**
 * The explorer at `/`, the example host page under /examples/, and the widget bundles under
 * /widget/. The bundles may be loaded by any site (script tags need no CORS); the data they
 * fetch from /graphql stays under CORS_ORIGINS. Only these named files are served from disk.
 */
export function mountPages(app: Express): void {
  const page = (res: Response, file: string): void => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(STATIC_DIR, file));
  };
  app.get('/', (_req, res) => page(res, 'index.html'));
  app.get('/examples/embed.html', (_req, res) => page(res, join('examples', 'embed.html')));
  for (const bundle of BUNDLES) {
    app.get(`/widget/${bundle}`, (_req, res) => {
      const file = join(BUNDLE_DIR, bundle);
      if (!existsSync(file)) {
        res
          .status(503)
          .type('text/plain')
          .send(`/* ${bundle} is not built: run npm run build:widget */`);
        return;
      }
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.type('application/javascript').sendFile(file);
    });
  }
}
