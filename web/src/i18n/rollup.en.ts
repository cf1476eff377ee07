import type { rollupVi } from './rollup.vi';

/** English texts of figures, rollups and clusters: every key of rollup.vi.ts, and no other. */
export const rollupEn: Record<keyof typeof rollupVi, string> = {
  'field.range_order': 'The end of the period must not come before its start.',
  'field.grouping_invalid': 'Group by workspace, kind, country, month or cluster.',
  'field.year_invalid': 'Use a year between 1950 and 2100.',
  'field.cluster_workspace_unknown': 'Only organisations affiliated to this union (approved) can be placed in its clusters.',
};
