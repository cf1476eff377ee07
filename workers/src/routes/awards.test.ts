import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

const award = 'Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”';

async function setup() {
  const t = await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const member = (await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Trần Văn Bình' })).body.id as string;
  const post = (body: Record<string, unknown>) => owner.call('POST', `/api/w/${ws}/awards`, body);
  return { t, owner, ws, member, post };
}

describe('awards', () => {
  it('go to a member or a foreign friend, and are read, changed and deleted', async () => {
    const { owner, ws, member, post } = await setup();
    const friend = await post({ awardName: award, recipientName: 'Croucher Benjamin James', recipientCountry: 'US', decisionNumber: '15/QĐ-LHHN', decidedOn: '2026-01-21', notes: 'George School' });
    expect(friend.status).toBe(201);
    expect(friend.body).toMatchObject({ awardName: award, recipientMemberId: null, recipientName: 'Croucher Benjamin James', recipientCountry: 'US', decisionNumber: '15/QĐ-LHHN', decidedOn: '2026-01-21' });
    const ours = await post({ awardName: 'Bằng khen', recipientMemberId: member, decisionNumber: '20/QĐ-HHN', decidedOn: '2025-12-01' });
    expect(ours.body).toMatchObject({ recipientMemberId: member, recipientName: 'Trần Văn Bình', recipientCountry: null });
    expect((await owner.call('GET', `/api/w/${ws}/awards/${ours.body.id}`)).body).toEqual(ours.body);

    // The member's name follows the register.
    await owner.call('PATCH', `/api/w/${ws}/members/${member}`, { fullName: 'Trần Văn Bình An' });
    expect((await owner.call('GET', `/api/w/${ws}/awards/${ours.body.id}`)).body.recipientName).toBe('Trần Văn Bình An');

    const switched = await owner.call('PATCH', `/api/w/${ws}/awards/${friend.body.id}`, { recipientName: null, recipientMemberId: member, notes: '' });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ recipientMemberId: member, recipientName: 'Trần Văn Bình An', notes: null });

    const list = await owner.call('GET', `/api/w/${ws}/awards`);
    expect(list.body.items.map((a: { decidedOn: string }) => a.decidedOn)).toEqual(['2026-01-21', '2025-12-01']);
    expect((await owner.call('GET', `/api/w/${ws}/awards?recipientMemberId=${member}&limit=1`)).body.nextCursor).not.toBeNull();

    expect((await owner.call('DELETE', `/api/w/${ws}/awards/${ours.body.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/awards/${ours.body.id}`)).status).toBe(404);
    const actions = (await owner.call('GET', `/api/w/${ws}/audit`)).body.items.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('award.'));
    expect(actions).toEqual(['award.delete', 'award.update', 'award.create', 'award.create']);
  });

  it('refuse a missing or double recipient, an unknown member and bad fields with 422', async () => {
    const { t, owner, ws, member, post } = await setup();
    const other = await t.workspace(owner);
    const foreignMember = (await owner.call('POST', `/api/w/${other}/members`, { fullName: 'Người khác' })).body.id;
    const base = { awardName: award, decisionNumber: '1/QĐ', decidedOn: '2026-01-21' };
    const cases: [Record<string, unknown>, string, string][] = [
      [base, 'recipientMemberId', 'recipient_one'],
      [{ ...base, recipientName: '' }, 'recipientMemberId', 'recipient_one'],
      [{ ...base, recipientName: 'X', recipientMemberId: member }, 'recipientName', 'recipient_one'],
      [{ ...base, recipientMemberId: 'nope' }, 'recipientMemberId', 'member_unknown'],
      [{ ...base, recipientMemberId: foreignMember }, 'recipientMemberId', 'member_unknown'],
      [{ ...base, recipientName: 'X', recipientCountry: 'XX' }, 'recipientCountry', 'country_unknown'],
      [{ ...base, recipientName: 'X', decidedOn: '21/01/2026' }, 'decidedOn', 'date_format'],
      [{ ...base, recipientName: 'X', decisionNumber: ' ' }, 'decisionNumber', 'required'],
    ];
    for (const [body, path, code] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await owner.call('GET', `/api/w/${ws}/awards`)).body.items).toEqual([]);
    const a = (await post({ ...base, recipientName: 'X' })).body;
    expect((await owner.call('PATCH', `/api/w/${ws}/awards/${a.id}`, { recipientMemberId: member })).status).toBe(422);
  });

  it('let viewers read and only editors write', async () => {
    const { t, owner, ws, post } = await setup();
    const a = (await post({ awardName: award, recipientName: 'X', decisionNumber: '1', decidedOn: '2026-01-21' })).body;
    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    expect((await viewer.call('GET', `/api/w/${ws}/awards`)).body.items).toHaveLength(1);
    expect((await viewer.call('POST', `/api/w/${ws}/awards`, { awardName: award, recipientName: 'Y', decisionNumber: '2', decidedOn: '2026-01-21' })).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/awards/${a.id}`, { notes: 'x' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${ws}/awards/${a.id}`)).status).toBe(403);
  });
});
