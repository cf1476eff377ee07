import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { ApiError, onError } from './errors';
import type { AppDeps } from './deps';
import type { AppCaches } from './env';
import { AnswerCache } from './services/answer-cache';
import { TtlCache } from './services/ttl-cache';
import { authenticate } from './middleware/auth';
import { trustedOrigin } from './middleware/origin';
import { resolveWorkspace } from './middleware/workspace';
import { affiliationRoutes } from './routes/affiliations';
import { auditRoutes } from './routes/audit';
import { attachmentBodyLimit, attachmentRoutes, isAttachmentUpload } from './routes/attachments';
import { isCalendarFeed } from './routes/calendar';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { correspondenceRoutes } from './routes/correspondence';
import { invitationRoutes } from './routes/invitations';
import { letterRoutes } from './routes/letters';
import { meRoutes } from './routes/me';
import { eventRoutes } from './routes/events';
import { csvImportLimit, csvImportPath, memberFileRoutes } from './routes/member-files';
import { memberRoutes } from './routes/members';
import { duesRoutes } from './routes/dues';
import { leadershipRoutes } from './routes/leadership';
import { positionRoutes } from './routes/positions';
import { termRoutes } from './routes/terms';
import { router } from './routes/openapi';
import { peopleRoutes } from './routes/people';
import { workspaceRoutes } from './routes/workspaces';
import { agreementRoutes } from './routes/agreements';
import { aidRoutes } from './routes/aid';
import { awardRoutes } from './routes/awards';
import { partnerRoutes } from './routes/partners';
import { rollupRoutes } from './routes/rollup';
import { clusterRoutes } from './routes/clusters';
import { statsRoutes } from './routes/stats';
import { reportRoutes } from './routes/reports';
import { submissionRoutes } from './routes/submissions';
import { refreshAfterChanges } from './services/snapshot-hook';
import { createAuth } from './services/auth';

const jsonLimit = 1024 * 1024;
const bodiless = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * How long a resolved session or workspace access is reused. Changes made through this app
 * take effect at once (the routes forget what they change); a session revoked elsewhere (another
 * Node process) can live on for at most this long.
 */
const cacheMs = 5_000;

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

  const caches: AppCaches = { sessions: new TtlCache(cacheMs), access: new TtlCache(cacheMs), answers: new AnswerCache() };
  app.use('/api/*', requestId(), async (c, next) => {
    c.set('deps', deps);
    c.set('caches', caches);
    await next();
  });
  const limit = (maxSize: number, size: string) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'too_large', `The request body is larger than ${size}.`);
      },
    });
  const jsonBodies = limit(jsonLimit, '1 MB');
  const csvBodies = limit(csvImportLimit, '10 MB');
  const uploadBodies = limit(attachmentBodyLimit, '20 MB');
  // Requests without a body skip the limit: Hono's bodyLimit costs a GET more than the route.
  app.use('/api/*', (c, next) =>
    bodiless.has(c.req.method) ? next() : csvImportPath.test(c.req.path) ? csvBodies(c, next) : isAttachmentUpload(c.req) ? uploadBodies(c, next) : jsonBodies(c, next),
  );
  app.use('/api/*', trustedOrigin, authenticate(auth));
  app.use('/api/w/:ws', resolveWorkspace);
  // Calendar apps fetch the feed without a session: that one route authenticates by its key instead.
  app.use('/api/w/:ws/*', (c, next) => (isCalendarFeed(c) ? next() : resolveWorkspace(c, next)));
  // The one place snapshots learn of changes: any successful write in a workspace.
  app.use('/api/w/:ws/*', refreshAfterChanges);

  const api = router();
  for (const routes of [healthRoutes, authRoutes(auth), meRoutes, workspaceRoutes, peopleRoutes, invitationRoutes, affiliationRoutes, auditRoutes, memberFileRoutes, memberRoutes, termRoutes, positionRoutes, leadershipRoutes, duesRoutes, eventRoutes, correspondenceRoutes, attachmentRoutes, letterRoutes, partnerRoutes, agreementRoutes, aidRoutes, awardRoutes, statsRoutes, rollupRoutes, clusterRoutes, reportRoutes, submissionRoutes]) {
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
