import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * The answer's cache policy and its `Cache-Control` header, in place of Apollo's cache-control
 * plugin. That plugin computes a policy per field through a per-field hook (an object, two
 * closures and a promise callback for every value: a tenth of an entity request's CPU); the
 * schema declares no `@cacheControl` hints, so its result was always the same: every answer that
 * resolved a field may be kept `maxAgeSeconds`, publicly, unless a field said never
 * (`RequestScope.neverCache`, the `health` field). This computes that once per request.
 *
 * As before: an answer with errors, or one that resolved no field of the schema (`__typename`,
 * introspection), is `no-store`; the response cache (which reads the same overall policy) keeps
 * only what this marks cacheable, and an answer it serves carries the policy it was stored with.
 */
export function cachePolicyPlugin(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart({ contextValue, overallCachePolicy }) {
          return Promise.resolve({
            executionDidEnd() {
              const scope = contextValue.request;
              if (scope.resolved > 0)
                overallCachePolicy.restrict({ maxAge: scope.cacheable ? maxAgeSeconds : 0 });
              return Promise.resolve();
            },
          });
        },

        willSendResponse({ response, overallCachePolicy }) {
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable =
            policy !== null &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
