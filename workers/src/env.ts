import type { TenantDb } from '../../db';
import type { AffiliationStatus, Role } from '../../shared/workspace';
import type { AppDeps } from './deps';
import type { SignedIn } from './middleware/auth';
import type { AnswerCache } from './services/answer-cache';
import type { TtlCache } from './services/ttl-cache';

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

/** The workspace a workspace belongs to; a rejected request counts as none. */
export interface Parent {
  slug: string;
  name: string;
  status: AffiliationStatus;
}

/** A signed-in user's access to a workspace, as the workspace middleware resolves it. */
export interface Access {
  workspace: CurrentWorkspace;
  role: Role;
  ref: string;
  parent: Parent | null;
  /** How many workspaces are affiliated to it and approved. */
  affiliates: number;
}

/**
 * What the app remembers for a few seconds between requests: sessions by cookie and access by
 * user and workspace. Routes that change either forget the entries they affect.
 */
export interface AppCaches {
  sessions: TtlCache<SignedIn>;
  access: TtlCache<Access>;
  /** Answers of hot reads, while their database is unchanged (services/answer-cache.ts). */
  answers: AnswerCache;
}

/** The one Hono environment type of the app. */
export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
    caches: AppCaches;
    /** Set by the auth middleware when the request is signed in (cookie or API token). */
    user: CurrentUser | null;
    /** How the user is signed in: a session cookie or an API token. */
    via: 'session' | 'token' | null;
    /** Set by the workspace middleware on /api/w/:ws routes. */
    workspace: CurrentWorkspace;
    role: Role;
    parent: Parent | null;
    /** The workspace's approved affiliates (GET /api/w/:ws shows the count). */
    affiliates: number;
    db: TenantDb;
  };
}
