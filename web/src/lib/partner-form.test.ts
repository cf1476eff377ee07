import { describe, expect, test } from 'vitest';
import { agreementPatch, aidCreate, aidIssues, awardCreate, partnerPatch, recipientIssue, type AidFigures } from '../../../shared/partners';
import { agreementInput, aidInput, awardInput, contactsInput, parseAmount } from './partner-form';

const form = (fields: [string, string][]) => new URLSearchParams(fields);

describe('contactsInput', () => {
  test('reads the rows in order and keeps e-mail and phone only with consent', () => {
    const input = contactsInput(
      form([
        ['contacts.0.name', 'Satō Kenji'],
        ['contacts.0.email', 'sato@example.jp'],
        ['contacts.0.consent', 'on'],
        ['contacts.0.consentOn', '2026-04-01'],
        ['contacts.1.name', 'Yamada'],
        ['contacts.1.email', 'yamada@example.jp'],
        ['contacts.1.consentOn', '2026-04-01'],
      ]),
    );
    expect(input.contacts).toEqual([
      { name: 'Satō Kenji', role: null, email: 'sato@example.jp', phone: null, consent: true, consentOn: '2026-04-01' },
      { name: 'Yamada', role: null, email: null, phone: null, consent: false, consentOn: null },
    ]);
    expect(partnerPatch.safeParse(input).success).toBe(true);
  });

  test('an unnamed row is an error at its own index; no rows clears the list', () => {
    const result = partnerPatch.safeParse(contactsInput(form([['contacts.0.name', 'A'], ['contacts.1.name', ' ']])));
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['contacts.1.name']);
    expect(contactsInput(form([]))).toEqual({ contacts: [] });
  });
});

describe('agreementInput', () => {
  test('takes every party chosen, in order, and clears an emptied end date', () => {
    const input = agreementInput(form([['title', 'MOU'], ['partnerIds', 'p2'], ['partnerIds', ''], ['partnerIds', 'p1'], ['signedOn', '2026-01-05'], ['validFrom', '2026-01-05'], ['validTo', '']]));
    expect(input).toMatchObject({ partnerIds: ['p2', 'p1'], validTo: null });
    expect(agreementPatch.parse(input).partnerIds).toEqual(['p2', 'p1']);
  });
});

describe('aid', () => {
  test.each([
    ['', null],
    ['95000', 95000],
    ['95 000', 95000],
    ['1,250.50', 1250.5],
    ['1.250,5', 1250.5],
    ['1.250.000', 1250000],
    ['12,5', 12.5],
  ] as const)('original amount %j → %j', (typed, value) => {
    expect(parseAmount(typed)).toBe(value);
  });
  test('refuses amounts it cannot read', () => {
    expect(parseAmount('1.250.50')).toBeNaN();
    expect(parseAmount('mười')).toBeNaN();
  });

  test('a project disbursing more than committed needs its reason', () => {
    const fields: [string, string][] = [['title', 'Học bổng'], ['donorPartnerId', 'p1'], ['sector', 'education'], ['committedVnd', '1.000.000'], ['disbursedVnd', '1.200.000'], ['status', 'ongoing'], ['currency', 'usd']];
    const body = aidCreate.parse(aidInput(form(fields)));
    expect(body).toMatchObject({ committedVnd: 1_000_000, disbursedVnd: 1_200_000, currency: 'USD', overDisbursedReason: null });
    // Every figure is present (null when empty), as the server's rules read them.
    expect(aidIssues(body as AidFigures)).toEqual([{ path: 'disbursedVnd', message: 'disbursed_over_committed' }]);
    expect(aidIssues(aidCreate.parse(aidInput(form([...fields, ['overDisbursedReason', 'Tỷ giá tăng']]))) as AidFigures)).toEqual([]);
    expect(aidInput(form([['disbursedVnd', '']])).disbursedVnd).toBe(0);
  });
});

describe('awardInput', () => {
  const base: [string, string][] = [['awardName', 'Kỷ niệm chương'], ['decisionNumber', '12/QĐ'], ['decidedOn', '2026-05-19'], ['recipientMemberId', 'm1'], ['recipientName', 'Tanaka'], ['recipientCountry', 'JP']];
  test('sends only the recipient chosen', () => {
    const toMember = awardCreate.parse(awardInput(form([...base, ['recipient', 'member']])));
    expect(toMember).toMatchObject({ recipientMemberId: 'm1', recipientName: null, recipientCountry: null });
    const toFriend = awardCreate.parse(awardInput(form([...base, ['recipient', 'friend']])));
    expect(toFriend).toMatchObject({ recipientMemberId: null, recipientName: 'Tanaka', recipientCountry: 'JP' });
    expect(recipientIssue({ recipientMemberId: null, recipientName: null })).toMatchObject({ message: 'recipient_one' });
  });
});
