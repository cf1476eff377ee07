import { createContext, useContext, type Accessor } from 'solid-js';
import { hasRole, type Role } from '../../../shared/workspace';
import type { MessageKey } from '../i18n';
import type { Workspace } from './api';

/** The workspace of the current /w/:ws page, provided by its layout. */
export const WorkspaceContext = createContext<Accessor<Workspace>>();

export function useWorkspace(): Accessor<Workspace> {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() is only available inside a /w/:ws page');
  return workspace;
}

interface Section {
  path: string;
  title: MessageKey;
  summary: MessageKey;
  /** The lowest role that may open it. */
  role: Role;
  /** Shown only for workspaces it makes sense for. */
  when?: (ws: Workspace) => boolean;
  /** Other pages that belong to the section: its tab is highlighted on them too. */
  also?: string[];
}

/** A union, or any workspace with approved affiliates: there is something to add up or group. */
const unionLike = (ws: Workspace) => ws.kind === 'union' || Boolean(ws.affiliates);

const sections: Section[] = [
  { path: '/members', title: 'members.title', summary: 'dashboard.membersLink', role: 'viewer' },
  { path: '/leadership', title: 'leadership.title', summary: 'dashboard.leadershipLink', role: 'viewer' },
  { path: '/dues', title: 'dues.title', summary: 'dashboard.duesLink', role: 'viewer' },
  { path: '/events', title: 'events.title', summary: 'dashboard.eventsLink', role: 'viewer' },
  { path: '/correspondence', title: 'correspondence.title', summary: 'dashboard.correspondenceLink', role: 'viewer' },
  { path: '/partners', title: 'partners.title', summary: 'dashboard.partnersLink', role: 'viewer', also: ['/agreements', '/aid', '/awards'] },
  // A union always has the page (it explains how affiliates come); anyone else once it has one.
  { path: '/rollup', title: 'rollup.title', summary: 'dashboard.rollupLink', role: 'viewer', when: unionLike },
  { path: '/reports', title: 'reports.title', summary: 'dashboard.reportsLink', role: 'viewer' },
  { path: '/people', title: 'people.title', summary: 'dashboard.peopleLink', role: 'admin' },
  { path: '/affiliations', title: 'affiliations.title', summary: 'dashboard.affiliationsLink', role: 'admin' },
  { path: '/clusters', title: 'clusters.title', summary: 'dashboard.clustersLink', role: 'admin', when: unionLike },
  { path: '/settings', title: 'settings.title', summary: 'dashboard.settingsLink', role: 'viewer' },
];

/** The sections of a workspace (after its dashboard) that `role` may open, of those `ws` has. */
export function sectionsFor(role: Role, ws?: Workspace): Section[] {
  return sections.filter((s) => hasRole(role, s.role) && (!s.when || (ws !== undefined && s.when(ws))));
}
