import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from '../deps';
import type { AppCaches, AppEnv } from '../env';
import { ApiError } from '../errors';
import { attachmentBodyLimit, isAttachmentUpload } from '../routes/attachments';
import { csvImportLimit, csvImportPath } from '../routes/member-files';
import type { Auth } from '../services/auth';
import { authenticate } from './auth';
import { checkOrigin, safeMethods } from './origin';

const requestIdShape = /^[\w\-=]{1,255}$/;

const limit = (maxSize: number, size: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'too_large', `The request body is larger than ${size}.`);
    },
  });
const jsonBodies = limit(1024 * 1024, '1 MB');
const csvBodies = limit(csvImportLimit, '10 MB');
const uploadBodies = limit(attachmentBodyLimit, '20 MB');

/**
 * What every /api request goes through, as one middleware (as separate ones they cost a good
 * share of a read answered from cache): its id (the caller's X-Request-Id if well formed; error
 * answers send it back, errors.ts), the app's deps and caches, the body size limit, the Origin
 * check and who is calling.
 */
export function prepareRequest(deps: AppDeps, caches: AppCaches, auth: Auth): MiddlewareHandler<AppEnv> {
  const trusted = new URL(deps.config.publicUrl).origin;
  const identify = authenticate(auth);
  return (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && requestIdShape.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    c.set('deps', deps);
    c.set('caches', caches);
    // Safe methods carry no body and pass the Origin check: they skip the limit (Hono's bodyLimit
    // costs a GET more than the route).
    if (safeMethods.has(c.req.method)) return identify(c, next);
    const bodies = csvImportPath.test(c.req.path) ? csvBodies : isAttachmentUpload(c.req) ? uploadBodies : jsonBodies;
    return bodies(c, async () => {
      checkOrigin(c, trusted);
      await identify(c, next);
    });
  };
}
