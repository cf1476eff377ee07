import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

const cubaPartner = {
  name: 'Fernando González Llort',
  honorific: { vi: 'Ngài', en: 'H.E. Mr.' },
  title: { vi: 'Chủ tịch', en: 'President' },
  organisation: { vi: 'Viện Cuba Hữu nghị với các Dân tộc (ICAP)', en: 'the Cuban Institute of Friendship with the Peoples (ICAP)' },
  country: { vi: 'Cuba', en: 'Cuba' },
};
const signer = { name: 'Nguyễn Văn Ba', title: { vi: 'Chủ tịch Hội', en: 'President of the Association' } };
const from = { vi: 'Hội hữu nghị Việt Nam – Cuba', en: 'the Viet Nam – Cuba Friendship Association' };

const nationalDay = {
  template: 'national-day',
  partner: cubaPartner,
  date: '2026-12-28',
  signer,
  from,
  details: { since: '1959-01-01', occasion: { vi: 'Ngày Chiến thắng của Cách mạng Cuba', en: 'the Triumph of the Cuban Revolution' } },
};

async function setup() {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner, { name: 'Hội hữu nghị Việt Nam – Cuba', code: 'HHNVC', countries: ['CU'] });
  return { t, owner, ws };
}

describe('letter templates', () => {
  it('lists the templates with their type codes and labelled fields', async () => {
    const { owner, ws } = await setup();
    const res = await owner.call('GET', `/api/w/${ws}/letter-templates`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: any) => [t.id, t.typeCode])).toEqual([
      ['national-day', 'TM'],
      ['relations-anniversary', 'TM'],
      ['condolences', 'TC'],
      ['invitation', 'GM'],
    ]);
    const fields = res.body.items[0].fields;
    expect(fields.find((f: any) => f.path === 'partner.organisation')).toMatchObject({ kind: 'bilingual', required: true, label: { vi: 'Tổ chức đối tác' } });
    expect(fields.find((f: any) => f.path === 'details.since')).toMatchObject({ kind: 'date', required: true });
  });

  it('previews a bilingual national-day letter without writing anything', async () => {
    const { owner, ws } = await setup();
    const res = await owner.call('POST', `/api/w/${ws}/letters/preview`, nationalDay);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ template: 'national-day', typeCode: 'TM', subject: 'Chúc mừng kỷ niệm 68 năm Ngày Chiến thắng của Cách mạng Cuba (01/01/1959)' });
    expect(res.body.vi).toContain('Hà Nội, ngày 28 tháng 12 năm 2026');
    expect(res.body.vi).toContain('THƯ MỪNG');
    expect(res.body.vi).toContain('Kính gửi: Ngài Fernando González Llort\nChủ tịch Viện Cuba Hữu nghị với các Dân tộc (ICAP)');
    expect(res.body.vi).toContain('Nhân dịp kỷ niệm 68 năm Ngày Chiến thắng của Cách mạng Cuba (01/01/1959), thay mặt Hội hữu nghị Việt Nam – Cuba');
    expect(res.body.vi).toContain('CHỦ TỊCH HỘI\n\nNguyễn Văn Ba');
    expect(res.body.en).toContain('Ha Noi, 28 December 2026');
    expect(res.body.en).toContain('To: H.E. Mr. Fernando González Llort\nPresident, Cuban Institute of Friendship with the Peoples (ICAP)');
    expect(res.body.en).toContain('the 68th anniversary of the Triumph of the Cuban Revolution (1 January 1959), on behalf of the Viet Nam – Cuba Friendship Association, I would like to extend to you, to the members of the Cuban Institute of Friendship with the Peoples (ICAP) and to the people of Cuba our warmest congratulations.');
    expect(res.body.en).toContain('Yours sincerely,\n\nNguyễn Văn Ba\nPresident of the Association');
    expect(res.body.text.indexOf(res.body.vi)).toBe(0);
    expect(res.body.text).toContain(res.body.en);
    expect((await owner.call('GET', `/api/w/${ws}/correspondence`)).body.items).toEqual([]);
  });

  it('fills defaults: the national day’s name, the sender and the place', async () => {
    const { owner, ws } = await setup();
    const { from: _from, ...rest } = nationalDay;
    const res = await owner.call('POST', `/api/w/${ws}/letters/preview`, { ...rest, details: { since: '1959-01-01' } });
    expect(res.body.vi).toContain('kỷ niệm 68 năm Quốc khánh Cuba');
    expect(res.body.vi).toContain('thay mặt Hội hữu nghị Việt Nam – Cuba');
    expect(res.body.en).toContain('anniversary of the National Day of Cuba');
    expect(res.body.en).toContain('on behalf of Hội hữu nghị Việt Nam – Cuba');
  });

  it('issues a letter as the next outgoing document, with its number, symbol and text', async () => {
    const { owner, ws } = await setup();
    await owner.call('POST', `/api/w/${ws}/correspondence`, { direction: 'out', typeCode: 'CV', subject: 'Công văn trước' });
    const res = await owner.call('POST', `/api/w/${ws}/letters/issue`, { ...nationalDay, urgency: 'urgent', notes: 'Gửi qua Đại sứ quán' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      direction: 'out',
      number: 2,
      symbol: '2/TM-HHNVC',
      typeCode: 'TM',
      template: 'national-day',
      documentDate: '2026-12-28',
      signer: 'Nguyễn Văn Ba',
      recipients: 'Ngài Fernando González Llort, Viện Cuba Hữu nghị với các Dân tộc (ICAP) (Cuba)',
      language: 'vi+en',
      urgency: 'urgent',
      notes: 'Gửi qua Đại sứ quán',
    });
    expect(res.body.body).toContain('THƯ MỪNG');
    expect(res.body.body).toContain('LETTER OF CONGRATULATIONS');
    const got = await owner.call('GET', `/api/w/${ws}/correspondence/${res.body.id}`);
    expect(got.body.body).toBe(res.body.body);
    const book = await owner.call('GET', `/api/w/${ws}/correspondence/register.html?direction=out&year=${res.body.year}`);
    expect(book.body).toContain('2/TM-HHNVC');
    expect(book.body).toContain('Thư mừng: Chúc mừng kỷ niệm 68 năm Ngày Chiến thắng của Cách mạng Cuba');
    const audit = await owner.call('GET', `/api/w/${ws}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'letter.issue', entity: 'document', entityId: res.body.id });
  });

  it('writes condolences (TC), anniversaries of relations (TM) and invitations (GM)', async () => {
    const { owner, ws } = await setup();
    const jp = {
      name: 'Nikai Toshihiro',
      honorific: { vi: 'Ngài', en: 'Mr.' },
      title: { vi: 'Chủ tịch', en: 'President' },
      organisation: { vi: 'Hội hữu nghị Nhật – Việt', en: 'the Japan–Vietnam Friendship Association' },
      country: { vi: 'Nhật Bản', en: 'Japan' },
    };
    const condolences = await owner.call('POST', `/api/w/${ws}/letters/issue`, {
      template: 'condolences',
      partner: jp,
      date: '2026-01-03',
      signer,
      details: { loss: { vi: 'trận động đất tại bán đảo Noto gây thiệt hại nặng nề về người và tài sản', en: 'the earthquake on the Noto Peninsula, which caused heavy loss of life and property' } },
    });
    expect(condolences.status).toBe(201);
    expect(condolences.body).toMatchObject({ typeCode: 'TC', symbol: '1/TC-HHNVC', subject: 'Chia buồn về trận động đất tại bán đảo Noto gây thiệt hại nặng nề về người và tài sản' });
    expect(condolences.body.body).toContain('lời chia buồn sâu sắc nhất');
    expect(condolences.body.body).toContain('our deepest condolences');

    const relations = await owner.call('POST', `/api/w/${ws}/letters/preview`, { template: 'relations-anniversary', partner: jp, date: '2026-09-21', signer, details: { since: '1973-09-21' } });
    expect(relations.body.subject).toBe('Chúc mừng kỷ niệm 53 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản (21/09/1973)');
    expect(relations.body.en).toContain('the 53rd anniversary of the establishment of diplomatic relations between Viet Nam and Japan (21 September 1973)');

    const invitation = await owner.call('POST', `/api/w/${ws}/letters/issue`, {
      template: 'invitation',
      partner: jp,
      date: '2026-03-01',
      signer,
      details: { event: { vi: 'Lễ kỷ niệm 53 năm quan hệ ngoại giao Việt Nam – Nhật Bản', en: 'the ceremony for the 53rd anniversary of Viet Nam – Japan diplomatic relations' }, startsAt: '2026-09-21T09:30', venue: { vi: 'Số 105A Quán Thánh, Hà Nội', en: '105A Quan Thanh Street, Ha Noi' } },
    });
    expect(invitation.body).toMatchObject({ typeCode: 'GM', symbol: '2/GM-HHNVC' });
    expect(invitation.body.body).toContain('Thời gian: 09 giờ 30, ngày 21 tháng 9 năm 2026.');
    expect(invitation.body.body).toContain('Time: 09:30, 21 September 2026.');
  });

  it('refuses unknown templates, missing translations, impossible anniversaries and a number', async () => {
    const { t, owner, ws } = await setup();
    const post = (body: unknown, path = 'issue') => owner.call('POST', `/api/w/${ws}/letters/${path}`, body);
    const unknown = await post({ ...nationalDay, template: 'birthday' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].code).toBe('template_unknown');
    const noEnglish = await post({ ...nationalDay, partner: { ...cubaPartner, organisation: { vi: 'ICAP' } } });
    expect(noEnglish.status).toBe(422);
    expect(noEnglish.body.errors[0].path).toBe('partner.organisation.en');
    const early = await post({ ...nationalDay, details: { since: '2026-12-01' } });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({ path: 'details.since', code: 'anniversary_range' });
    expect((await post({ ...nationalDay, number: 5 })).status).toBe(422);
    expect((await post({ ...nationalDay, details: { loss: { vi: 'x', en: 'y' } } })).status).toBe(422);
    expect((await post({ template: 'invitation', partner: cubaPartner, date: '2026-03-01', signer, details: { event: from, venue: from, startsAt: '2026-03-01T25:00' } })).status).toBe(422);
    expect((await post({ ...nationalDay, date: '2026-13-01' }, 'preview')).status).toBe(422);
    expect((await owner.call('GET', `/api/w/${ws}/correspondence`)).body.items).toEqual([]);

    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    expect((await viewer.call('GET', `/api/w/${ws}/letter-templates`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${ws}/letters/preview`, nationalDay)).status).toBe(403);
    expect((await viewer.call('POST', `/api/w/${ws}/letters/issue`, nationalDay)).status).toBe(403);
  });
});
