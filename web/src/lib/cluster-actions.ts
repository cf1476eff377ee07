import { action } from '@solidjs/router';
import { clusterCreate, clusterRename } from '../../../shared/clusters';
import { api, type Cluster } from './api';
import { text, validate, type FormInput } from './forms';

/** What a union admin does to the clusters of a year (issue 8). */

// Actions that validate are async: a synchronous throw would escape the router's submission.
export const createClusterAction = action(
  async (slug: string, year: number, form: FormInput) => api.createCluster(slug, validate(clusterCreate, { year, name: text(form, 'name') })),
  'createCluster',
);

export const renameClusterAction = action(
  async (slug: string, id: string, form: FormInput) => api.renameCluster(slug, id, validate(clusterRename, { name: text(form, 'name') }).name),
  'renameCluster',
);

export const deleteClusterAction = action((slug: string, id: string) => api.deleteCluster(slug, id), 'deleteCluster');

export const copyClustersAction = action((slug: string, fromYear: number, toYear: number) => api.copyClusters(slug, fromYear, toYear), 'copyClusters');

/**
 * Puts the workspace `workspaceId` into the cluster chosen in the form (`clusterId`), among the
 * year's `clusters` as the page shows them; the server takes it out of its previous cluster.
 */
export const placeAction = action(async (slug: string, workspaceId: string, clusters: Cluster[], form: FormInput) => {
  const target = clusters.find((c) => c.id === text(form, 'clusterId'));
  if (!target) return;
  await api.setClusterMembers(slug, target.id, [...target.members.map((m) => m.id), workspaceId]);
}, 'placeInCluster');

export const removeFromClusterAction = action(
  (slug: string, cluster: Cluster, workspaceId: string) => api.setClusterMembers(slug, cluster.id, cluster.members.map((m) => m.id).filter((id) => id !== workspaceId)),
  'removeFromCluster',
);
