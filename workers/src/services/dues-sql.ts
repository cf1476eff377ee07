import { sql } from 'drizzle-orm';

/**
 * A column of the outer members row, spelt out: drizzle leaves columns unqualified in the
 * fields of a one-table select, where inside a subquery they would name the subquery's table.
 */
const outer = (column: 'id' | 'status' | 'joined_on' | 'category') => sql.raw(`"members"."${column}"`);

/** What a member owes for `year` (0 if nothing), as SQL over the members row. */
export const dueFor = (year: number) =>
  sql<number>`(case when ${outer('status')} = 'active' and (${outer('joined_on')} is null or ${outer('joined_on')} <= ${`${year}-12-31`})
    then coalesce((select "dues_rates"."amount" from "dues_rates" where "dues_rates"."year" = ${year} and "dues_rates"."category" = ${outer('category')}), 0)
    else 0 end)`;

/** What a member has paid for `year`. */
export const paidFor = (year: number) =>
  sql<number>`(select coalesce(sum("dues_payments"."amount"), 0) from "dues_payments" where "dues_payments"."member_id" = ${outer('id')} and "dues_payments"."year" = ${year})`;

/**
 * Paid in full for `year` (1/0), or null when the member owes nothing that year: `dueFor` and
 * `paidFor` in one lookup of the rate, for lists where it is computed on every row.
 */
export const duesPaidFor = (year: number) =>
  sql<number | null>`(select case when "r"."amount" > 0 then (select coalesce(sum("p"."amount"), 0) from "dues_payments" "p" where "p"."member_id" = ${outer('id')} and "p"."year" = "r"."year") >= "r"."amount" end
    from "dues_rates" "r" where "r"."year" = ${year} and "r"."category" = ${outer('category')} and ${outer('status')} = 'active' and (${outer('joined_on')} is null or ${outer('joined_on')} <= ${`${year}-12-31`}))`;
