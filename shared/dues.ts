import { z } from 'zod';
import { isoDate, memberCategories } from './members';

/** A year of dues, 1900–2200. */
export const duesYear = z.coerce
  .number({ message: 'year_range' })
  .int({ message: 'year_range' })
  .min(1900, { message: 'year_range' })
  .max(2200, { message: 'year_range' });

/** Whole đồng, zero or more: no fractions, no negatives. */
export const vnd = z
  .number({ message: 'vnd_integer' })
  .int({ message: 'vnd_integer' })
  .min(0, { message: 'vnd_negative' })
  .max(1_000_000_000_000, { message: 'too_long' });

/** `PUT /dues/{year}`: the yearly amount of each category (a category left out keeps its amount; 0 = exempt). */
export const duesRatesPut = z
  .object(Object.fromEntries(memberCategories.map((c) => [c, vnd.optional()])) as Record<(typeof memberCategories)[number], z.ZodOptional<typeof vnd>>)
  .strict();
export type DuesRatesPut = z.infer<typeof duesRatesPut>;

export const paymentCreate = z.object({
  memberId: z.string().min(1, { message: 'required' }).max(100),
  year: z.number({ message: 'year_range' }).int({ message: 'year_range' }).min(1900, { message: 'year_range' }).max(2200, { message: 'year_range' }),
  amount: vnd.refine((n) => n > 0, { message: 'payment_amount' }),
  paidOn: isoDate.nullable().optional(),
  note: z.string().trim().max(500, { message: 'too_long' }).nullable().optional(),
});
export type PaymentCreate = z.infer<typeof paymentCreate>;
