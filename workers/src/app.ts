import { ApiError, onError } from './errors';
import type { AppDeps } from './deps';
import type { AppCaches } from './env';
import { AnswerCache } from './services/answer-cache';
import { TtlCache } from './services/ttl-cache';
import { prepareRequest } from './middleware/request';
import { resolveWorkspace } from './middleware/workspace';
import { affiliationRoutes } from './routes/affiliations';
import { auditRoutes } from './routes/audit';
import { attachmentRoutes } from './routes/attachments';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { correspondenceRoutes } from './routes/correspondence';
import { invitationRoutes } from './routes/invitations';
import { letterRoutes } from './routes/letters';
import { meRoutes } from './routes/me';
import { eventRoutes } from './routes/events';
import { memberFileRoutes } from './routes/member-files';
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
import { createAuth } from './services/auth';

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
  app.use('/api/*', prepareRequest(deps, caches, auth));
  // Also matches /api/w/:ws itself.
  app.use('/api/w/:ws/*', resolveWorkspace);

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
