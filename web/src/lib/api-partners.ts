import type { Direction } from '../../../shared/correspondence';
import type { AgreementStatus, AidStatus, PartnerKind } from '../../../shared/partners';

/** The shapes of the partner, agreement, aid and award answers (API.md and DOMAIN.md "Partners, agreements, aid, awards"). */

export type { Agreement, Aid, Award, Contact, Partner } from '../../../shared/partners';

/** GET /partners filters, as the query string carries them. */
export interface PartnerQuery {
  q?: string;
  country?: string;
  kind?: PartnerKind;
  limit?: number;
  cursor?: string;
}

/** One entry of GET /partners/:id/timeline, newest first. */
export interface TimelineItem {
  kind: 'agreement' | 'aid' | 'event' | 'document';
  id: string;
  date: string;
  title: string;
  status?: AgreementStatus | AidStatus;
  /** Events: the activity type. */
  type?: string;
  /** Documents: which register. */
  direction?: Direction;
  /** Documents: the symbol (outgoing) or the sender's symbol (incoming). */
  reference?: string | null;
}
