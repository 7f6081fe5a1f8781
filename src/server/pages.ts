import { join } from 'node:path';
import type { Express, Request, Response } from 'express';
import { PROJECT_ROOT } from '../config/project-root';
import { graphiqlPage } from './graphiql-page';
import { pickEncoding, WidgetBundles, type WidgetBundle } from './widget-bundles';

/** Hand-written pages: the explorer and the embed example. */
const STATIC_DIR = join(PROJECT_ROOT, 'src', 'widget', 'static');
/** The esbuild output (`npm run build:widget`, run before start and test). */
const BUNDLE_DIR = join(PROJECT_ROOT, 'dist', 'widget');
const BUNDLES = ['kizuna-graph.js', 'explorer.js', 'graphiql.js', 'graphiql.css'];

export interface PagesOptions {
  /** Serve the GraphiQL IDE to browsers at GET /graphql (KIZUNA_GRAPHIQL). */
  graphiql: boolean;
}

/**
 * The explorer at `/`, the example host page under /examples/, GraphiQL at GET /graphql for
 * browsers, and the bundles under /widget/. The bundles may be loaded by any site (script tags
 * need no CORS); the data they fetch from /graphql stays under CORS_ORIGINS. Only these named
 * files are served from disk. Mounted before the GraphQL endpoint.
 */
export function mountPages(app: Express, options: PagesOptions): void {
  const page = (res: Response, file: string): void => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(STATIC_DIR, file));
  };
  app.get('/', (_req, res) => page(res, 'index.html'));
  app.get('/examples/embed.html', (_req, res) => page(res, join('examples', 'embed.html')));
  app.get('/graphql', graphiqlPage(options.graphiql));
  const bundles = new WidgetBundles();
  const send = (
    req: Request,
    res: Response,
    name: string,
    bundle: WidgetBundle,
    cacheControl: string,
  ): void => {
    const etag = `"${bundle.hash}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(name.endsWith('.css') ? 'text/css' : 'application/javascript');
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
      res.status(304).end();
      return;
    }
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.send(encoding === 'br' ? bundle.brotli : encoding === 'gzip' ? bundle.gzip : bundle.raw);
  };
  const notBuilt = (res: Response, name: string): void => {
    res.status(503).type('text/plain').send(`/* ${name} is not built: run npm run build:widget */`);
  };
  for (const name of BUNDLES) {
    // The plain URL may change with every release: cached briefly, revalidated by ETag.
    app.get(`/widget/${name}`, (req, res) => {
      const bundle = bundles.get(join(BUNDLE_DIR, name));
      if (!bundle) return notBuilt(res, name);
      send(req, res, name, bundle, 'public, max-age=300');
    });
    // The versioned URL names one build's content, so it may be cached for a year.
    app.get(`/widget/:hash/${name}`, (req, res) => {
      const bundle = bundles.get(join(BUNDLE_DIR, name));
      if (!bundle) return notBuilt(res, name);
      if (req.params.hash !== bundle.hash) {
        res
          .status(404)
          .type('text/plain')
          .send(`/* no ${name} build ${req.params.hash}: see /widget/versions.json */`);
        return;
      }
      send(req, res, name, bundle, 'public, max-age=31536000, immutable');
    });
  }
  // Where the versioned URLs of the current build are, for pages that pin one.
  app.get('/widget/versions.json', (_req, res) => {
    const versions: Record<string, string> = {};
    for (const name of BUNDLES) {
      const bundle = bundles.get(join(BUNDLE_DIR, name));
      if (bundle) versions[name] = `/widget/${bundle.hash}/${name}`;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.json(versions);
  });
}
