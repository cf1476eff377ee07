import type { TenantDb } from '../../db';
import type { Role } from '../../shared/workspace';
import type { AppDeps } from './deps';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  locale: string;
}

export interface CurrentWorkspace {
  id: string;
  slug: string;
  name: string;
  kind: 'union' | 'association' | 'branch';
  code: string;
  countries: string[];
}

/** The one Hono environment type of the app. */
export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
    /** Set by the auth middleware when the request is signed in (cookie or API token). */
    user: CurrentUser | null;
    /** How the user is signed in: a session cookie or an API token. */
    via: 'session' | 'token' | null;
    /** Set by the workspace middleware on /api/w/:ws routes. */
    workspace: CurrentWorkspace;
    role: Role;
    db: TenantDb;
  };
}
