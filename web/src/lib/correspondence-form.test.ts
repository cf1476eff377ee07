import { describe, expect, test } from 'vitest';
import { documentCreate } from '../../../shared/correspondence';
import { letterRequest, letterTemplates } from '../../../shared/letters';
import { documentInput, letterInput } from './correspondence-form';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('documentInput', () => {
  test('an outgoing entry leaves empty fields out and reads the number of copies', () => {
    const input = documentInput(form({ direction: 'out', typeCode: 'CV', subject: 'Về việc gặp mặt', signer: ' ', copies: '1.200', language: 'VI+EN' }));
    expect(input).toMatchObject({ direction: 'out', typeCode: 'CV', signer: undefined, copies: 1200, language: 'vi+en' });
    expect(documentCreate.safeParse(input).success).toBe(true);
  });

  test('an incoming entry has no outgoing fields, and its deadline is checked against the day it came', () => {
    const input = documentInput(form({ direction: 'in', sender: 'Đại sứ quán Cuba', subject: 'Đề nghị', receivedOn: '2026-03-10', deadline: '2026-03-01', signer: 'x' }));
    expect(input).not.toHaveProperty('signer');
    const result = documentCreate.safeParse(input);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['deadline', 'deadline_before_received']]);
  });
});

describe('letterInput', () => {
  const nationalDay = letterTemplates.find((t) => t.id === 'national-day')!;
  const filled = {
    'partner.name': 'Fernando González Llort',
    'partner.honorific.vi': '',
    'partner.honorific.en': '',
    'partner.organisation.vi': 'Viện Cuba Hữu nghị với các Dân tộc',
    'partner.organisation.en': 'the Cuban Institute of Friendship with the Peoples',
    'partner.country.vi': 'Cuba',
    'partner.country.en': 'Cuba',
    date: '2026-12-28',
    'signer.name': 'Nguyễn Văn Hùng',
    'signer.title.vi': 'Chủ tịch',
    'signer.title.en': 'President',
    'details.since': '1959-01-01',
  };

  test('dotted field names nest; an optional pair left empty is left out', () => {
    const input = letterInput(form(filled), nationalDay);
    expect(input).toMatchObject({ template: 'national-day', partner: { name: 'Fernando González Llort', country: { vi: 'Cuba', en: 'Cuba' } }, details: { since: '1959-01-01' } });
    expect(input.partner).not.toHaveProperty('honorific');
    expect(letterRequest.safeParse(input).success).toBe(true);
  });

  test('half of an optional pair asks for the other half', () => {
    const result = letterRequest.safeParse(letterInput(form({ ...filled, 'partner.honorific.vi': 'Ngài' }), nationalDay));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['partner.honorific.en', 'required']]);
  });
});
