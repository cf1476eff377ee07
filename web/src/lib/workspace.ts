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
}

const sections: Section[] = [
  { path: '/members', title: 'members.title', summary: 'dashboard.membersLink', role: 'viewer' },
  { path: '/leadership', title: 'leadership.title', summary: 'dashboard.leadershipLink', role: 'viewer' },
  { path: '/dues', title: 'dues.title', summary: 'dashboard.duesLink', role: 'viewer' },
  { path: '/events', title: 'events.title', summary: 'dashboard.eventsLink', role: 'viewer' },
  { path: '/correspondence', title: 'correspondence.title', summary: 'dashboard.correspondenceLink', role: 'viewer' },
  { path: '/partners', title: 'partners.title', summary: 'dashboard.partnersLink', role: 'viewer' },
  { path: '/people', title: 'people.title', summary: 'dashboard.peopleLink', role: 'admin' },
  { path: '/affiliations', title: 'affiliations.title', summary: 'dashboard.affiliationsLink', role: 'admin' },
  { path: '/settings', title: 'settings.title', summary: 'dashboard.settingsLink', role: 'viewer' },
];

/** The sections of a workspace (after its dashboard) that `role` may open. */
export function sectionsFor(role: Role): Section[] {
  return sections.filter((s) => hasRole(role, s.role));
}
