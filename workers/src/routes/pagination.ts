import { z } from 'zod';

/** `?limit=` (default 50, max 200) and `?cursor=` (API.md "General rules"). */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional(),
});
