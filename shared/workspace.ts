import { z } from 'zod';

/** Roles, highest first. */
export const roles = ['owner', 'admin', 'editor', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** True when `role` is at least `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return roles.indexOf(role) <= roles.indexOf(needed);
}

export const workspaceKinds = ['union', 'association', 'branch'] as const;
export type WorkspaceKind = (typeof workspaceKinds)[number];

export const affiliationStatuses = ['pending', 'approved', 'rejected'] as const;
export type AffiliationStatus = (typeof affiliationStatuses)[number];

export const slugPattern = /^[a-z0-9](?:-?[a-z0-9]){2,47}$/;
export const slug = z.string().regex(slugPattern, { message: 'slug_format' });

/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'country_format' });

/** Document-symbol abbreviation, e.g. HHNVN. */
export const workspaceCode = z
  .string()
  .trim()
  .regex(/^[A-ZĐ0-9-]{2,20}$/u, { message: 'code_format' });

const name = z.string().trim().min(2, { message: 'too_short' }).max(200, { message: 'too_long' });

export const workspaceCreate = z.object({
  name,
  slug,
  kind: z.enum(workspaceKinds),
  code: workspaceCode.optional(),
  countries: z.array(countryCode).max(20).optional(),
  parent: slug.optional(),
});
export type WorkspaceCreate = z.infer<typeof workspaceCreate>;

export const workspacePatch = z
  .object({ name, code: workspaceCode, countries: z.array(countryCode).max(20) })
  .partial();
export type WorkspacePatch = z.infer<typeof workspacePatch>;

/** Default document code: the slug upper-cased without dashes. */
export function defaultCode(s: string): string {
  return s.replace(/-/g, '').toUpperCase().slice(0, 20);
}
