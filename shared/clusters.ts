import { z } from 'zod';
import { clusterInput, rollupQuery } from './indicators';
import type { WorkspaceKind } from './workspace';

/** Emulation clusters (Cụm thi đua) of a union, per year (API: /api/w/:ws/clusters). */

const year = clusterInput.shape.year;

/** `GET /clusters?year=` (default: this year). */
export const clustersQuery = rollupQuery.pick({ year: true });

export const clusterCreate = clusterInput.pick({ year: true, name: true });
export type ClusterCreate = z.infer<typeof clusterCreate>;

export const clusterRename = clusterInput.pick({ name: true });

/** `PUT /clusters/:id/members`: the cluster's members afterwards, by workspace id. */
export const clusterMembersPut = z.object({
  workspaceIds: z.array(z.string().max(60, { message: 'too_long' })).max(1000, { message: 'too_many' }),
});

/** `POST /clusters/copy`: start `toYear` from the clusters of `fromYear`. */
export const clusterCopy = z.object({ fromYear: year, toYear: year });

/** An affiliate as a cluster lists it: names only, never its data. */
export interface ClusterWorkspace {
  id: string;
  slug: string;
  name: string;
  kind: WorkspaceKind;
}

export interface Cluster {
  id: string;
  year: number;
  name: string;
  members: ClusterWorkspace[];
}

/** A union's clusters of one year and the approved affiliates (every level) in none of them. */
export interface ClusterYear {
  year: number;
  items: Cluster[];
  unplaced: ClusterWorkspace[];
}
