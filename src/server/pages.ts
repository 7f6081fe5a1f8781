import type { Express } from 'express';

/** Static pages: the explorer at / (see docs) — a plain landing text until the widget lands. */
export function mountPages(app: Express): void {
  app.get('/', (_req, res) => {
    res
      .type('html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>Kizuna</title>' +
          '<h1>Kizuna</h1><p>Knowledge graph of Japan–US and Indo-Pacific economic partnerships. ' +
          'GraphQL endpoint: <a href="/graphql">/graphql</a>.</p>',
      );
  });
}
