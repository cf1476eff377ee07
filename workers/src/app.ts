import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { ApiError, onError } from './errors';
import type { AppDeps } from './deps';
import { authenticate } from './middleware/auth';
import { trustedOrigin } from './middleware/origin';
import { resolveWorkspace } from './middleware/workspace';
import { affiliationRoutes } from './routes/affiliations';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { invitationRoutes } from './routes/invitations';
import { meRoutes } from './routes/me';
import { router } from './routes/openapi';
import { peopleRoutes } from './routes/people';
import { workspaceRoutes } from './routes/workspaces';
import { createAuth } from './services/auth';

const jsonLimit = 1024 * 1024;

/**
 * The whole API as a Hono app. Knows nothing about Node or Cloudflare: the runtime hands it
 * its databases, mailer and configuration.
 */
export function createApp(deps: AppDeps) {
  const auth = createAuth(deps);
  const app = router();
  app.onError(onError);
  app.notFound(() => {
    throw ApiError.notFound('route');
  });

  app.use('/api/*', requestId(), async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: jsonLimit,
      onError: () => {
        throw new ApiError(413, 'too_large', 'The request body is larger than 1 MB.');
      },
    }),
  );
  app.use('/api/*', trustedOrigin, authenticate(auth));
  app.use('/api/w/:ws', resolveWorkspace);
  app.use('/api/w/:ws/*', resolveWorkspace);

  const api = router();
  for (const routes of [healthRoutes, authRoutes(auth), meRoutes, workspaceRoutes, peopleRoutes, invitationRoutes, affiliationRoutes, auditRoutes]) {
    api.route('/', routes);
  }
  app.route('/api', api);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Amity API', version: deps.config.version, description: 'See API.md for the rules every route follows.' },
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
