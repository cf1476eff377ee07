import { describe, expect, test } from 'vitest';
import { eventCreate } from '../../../shared/events';
import { eventInput } from './event-form';

function form(fields: Record<string, string | string[]>): URLSearchParams {
  const data = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const base = { type: 'meeting', title: 'Gặp mặt', startsAt: '2026-09-02T08:00', endsAt: '2026-09-02T11:00', timeZone: 'Asia/Ho_Chi_Minh', format: 'in_person' };

describe('eventInput', () => {
  test('empty optional fields are null, so saving clears them', () => {
    const input = eventInput(form({ ...base, titleEn: ' ', capacity: '', countries: ['JP', 'LA'], organisers: 'hoi-a, hoi-b', registrationOpen: 'on' }));
    expect(input).toMatchObject({ titleEn: null, capacity: null, countries: ['JP', 'LA'], organisers: ['hoi-a', 'hoi-b'], registrationOpen: true, delegation: null, outcomes: null, rrule: null });
    expect(eventCreate.safeParse(input).success).toBe(true);
  });

  test('delegation details count only for delegations, their direction from the type', () => {
    const details = { 'delegation.headName': 'Tanaka Hiroshi', 'delegation.size': '12' };
    expect(eventInput(form({ ...base, ...details })).delegation).toBeNull();
    expect(eventInput(form({ ...base, ...details, type: 'delegation_out' })).delegation).toMatchObject({ direction: 'out', headName: 'Tanaka Hiroshi', size: 12 });
  });

  test('money in whole đồng, with separators; a decimal fails with the VND message', () => {
    const input = eventInput(form({ ...base, 'outcomes.fundsRaisedVnd': '656.700.000.000', 'outcomes.fundsTargetVnd': '65,5' }));
    expect(input.outcomes).toMatchObject({ fundsRaisedVnd: 656_700_000_000, agreementsSigned: null });
    const result = eventCreate.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['outcomes.fundsTargetVnd', 'vnd_integer']]);
  });

  test('connection points only when part of the event is online', () => {
    expect(eventInput(form({ ...base, connectionPoints: '44' })).connectionPoints).toBeNull();
    expect(eventInput(form({ ...base, format: 'hybrid', connectionPoints: '44' })).connectionPoints).toBe(44);
  });
});
