/**
 * Partners, agreements, aid and awards for the demo workspaces, drawn from ../shared/seeds: the
 * Japan–Vietnam Friendship Association and the embassy of Japan, Cuba's ICAP and embassy, the Lao
 * Front's friendship association, VietHope's 163 scholarships in Huế, CARE's cash support after
 * storm no. 13, and the award to two George School teachers. Agreement dates are set around
 * today, so that the reminder list always has something expiring. Loaded through the API.
 */
import { addDays } from '../shared/partners';

type Call = (method: string, path: string, body?: unknown) => Promise<Response>;

interface DemoPartner {
  key: string;
  name: string;
  nameOriginal?: string;
  country: string;
  kind: string;
  since?: string;
  contacts?: { name: string; role?: string; email?: string; consent: boolean; consentOn?: string }[];
  notes?: string;
  /** Demo events (by start of title) that name this partner. */
  events?: string[];
  /** Demo register entries (by start of subject) linked to this partner. */
  documents?: string[];
}

interface DemoAgreement {
  title: string;
  parties: string[];
  signedOn: string;
  validFrom: string;
  validTo?: string;
  notes?: string;
  /** Renewed into a successor with these dates. */
  renewal?: { validFrom: string; validTo: string; signedOn: string };
}

interface DemoAid {
  title: string;
  donor: string;
  sector: string;
  committedVnd: number;
  disbursedVnd: number;
  currency?: string;
  committedOriginal?: number;
  disbursedOriginal?: number;
  startsOn?: string;
  endsOn?: string;
  status: string;
}

interface DemoAward {
  awardName: string;
  recipientName?: string;
  recipientCountry?: string;
  /** The first member of the workspace's register receives it. */
  member?: boolean;
  decisionNumber: string;
  decidedOn: string;
  notes?: string;
}

interface Plan {
  partners: DemoPartner[];
  agreements: DemoAgreement[];
  aid: DemoAid[];
  awards: DemoAward[];
}

const medal = 'Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”';

function plans(today: string): Record<string, Plan> {
  const y = Number(today.slice(0, 4));
  const ago = (days: number) => addDays(today, -days);
  const ahead = (days: number) => addDays(today, days);
  return {
    'vn-nhat-ban': {
      partners: [
        {
          key: 'jvfa', name: 'Hội hữu nghị Nhật – Việt', nameOriginal: '日本ベトナム友好協会', country: 'JP', kind: 'friendship_society', since: '1955',
          contacts: [{ name: 'Suzuki Haruto', role: 'Tổng thư ký', email: 'suzuki@example.jp', consent: true, consentOn: `${y - 1}-04-01` }],
          notes: 'Đối tác truyền thống; có chi hội tại Tokyo, Osaka, Kyoto.',
          events: ['Lễ kỷ niệm 50 năm', 'Đoàn Hội hữu nghị Việt Nam – Nhật Bản thăm'],
          documents: ['Đề nghị phối hợp đón đoàn thanh niên Nhật Bản', 'V/v phối hợp đón đoàn thanh niên Nhật Bản'],
        },
        { key: 'jvfa-osaka', name: 'Hội hữu nghị Nhật – Việt tỉnh Osaka', nameOriginal: '大阪日本ベトナム友好協会', country: 'JP', kind: 'friendship_society', since: '1998', events: ['Đón đoàn Hội hữu nghị Nhật – Việt tỉnh Osaka'] },
        {
          key: 'embassy', name: 'Đại sứ quán Nhật Bản tại Việt Nam', nameOriginal: 'Embassy of Japan in Viet Nam', country: 'JP', kind: 'embassy', since: '1973-09-21', events: ['Gặp mặt nhân dịp Ngày Quốc khánh Nhật Bản'],
          documents: ['V/v đề nghị phối hợp tổ chức Chương trình giao lưu văn hóa Việt – Nhật', 'Thư mời dự Tiệc chiêu đãi', 'V/v gửi danh sách đoàn tham dự Lễ hội Việt Nam tại Tokyo'],
        },
        { key: 'univ', name: 'Đại học Ngoại ngữ Osaka', nameOriginal: '大阪外国語大学', country: 'JP', kind: 'university', since: '2012' },
      ],
      agreements: [
        {
          title: 'Biên bản ghi nhớ hợp tác giữa Hội hữu nghị Việt Nam – Nhật Bản và Hội hữu nghị Nhật – Việt', parties: ['jvfa'],
          signedOn: '2021-09-21', validFrom: '2021-09-21', validTo: ahead(45), notes: 'Giao lưu nhân dân, thanh niên và văn hóa; gia hạn 5 năm một lần.',
        },
        { title: 'Biên bản ghi nhớ hợp tác giao lưu thanh niên giai đoạn 2026–2028', parties: ['jvfa-osaka'], signedOn: `${y}-03-18`, validFrom: `${y}-04-01`, validTo: `${y + 2}-12-31` },
        {
          title: 'Thỏa thuận hợp tác trao đổi sinh viên tiếng Nhật', parties: ['univ', 'jvfa'], signedOn: '2018-10-05', validFrom: '2018-11-01', validTo: ago(120),
          renewal: { signedOn: ago(130), validFrom: ago(119), validTo: ahead(5 * 365) },
        },
      ],
      aid: [
        {
          title: 'Học bổng cho học sinh nghèo vượt khó', donor: 'jvfa', sector: 'education', committedVnd: 2_400_000_000, disbursedVnd: 800_000_000,
          currency: 'JPY', committedOriginal: 14_000_000, disbursedOriginal: 4_700_000, startsOn: `${y}-07-12`, endsOn: `${y + 2}-07-11`, status: 'ongoing',
        },
      ],
      awards: [{ awardName: 'Bằng khen của Liên hiệp các tổ chức hữu nghị Việt Nam', member: true, decisionNumber: '12/QĐ-LHHN', decidedOn: `${y}-01-15`, notes: 'Có thành tích xuất sắc trong công tác đối ngoại nhân dân' }],
    },
    'vn-cuba': {
      partners: [
        {
          key: 'icap', name: 'Viện Cuba Hữu nghị với các Dân tộc (ICAP)', nameOriginal: 'Instituto Cubano de Amistad con los Pueblos', country: 'CU', kind: 'friendship_society', since: '1960-12-22',
          contacts: [{ name: 'María Fernández', role: 'Vụ trưởng Vụ châu Á – Thái Bình Dương', consent: true, consentOn: `${y - 1}-09-10` }],
          events: ['Chương trình vận động ủng hộ nhân dân Cuba'],
          documents: ['Thư cảm ơn lời chúc mừng nhân dịp Quốc khánh Cuba'],
        },
        {
          key: 'embassy', name: 'Đại sứ quán Cộng hòa Cuba tại Việt Nam', nameOriginal: 'Embajada de la República de Cuba en Vietnam', country: 'CU', kind: 'embassy', since: '1960-12-02', events: ['Gặp mặt kỷ niệm Ngày Chiến thắng', 'Kỷ niệm ngày tấn công pháo đài Moncada'],
          documents: ['Đề nghị phối hợp tổ chức Lễ kỷ niệm Chiến thắng Girón', 'V/v phối hợp tổ chức Lễ kỷ niệm Chiến thắng Girón'],
        },
      ],
      agreements: [
        { title: 'Thỏa thuận hợp tác giữa Hội hữu nghị Việt Nam – Cuba và ICAP giai đoạn 2025–2030', parties: ['icap'], signedOn: '2025-12-02', validFrom: '2026-01-01', validTo: '2030-12-31' },
        { title: 'Biên bản ghi nhớ phối hợp tổ chức các hoạt động kỷ niệm quan hệ ngoại giao', parties: ['icap', 'embassy'], signedOn: ago(700), validFrom: ago(700), validTo: ahead(80) },
      ],
      aid: [],
      awards: [{ awardName: medal, recipientName: 'María Fernández', recipientCountry: 'CU', decisionNumber: '45/QĐ-LHHN', decidedOn: '2025-12-02' }],
    },
    'vn-lao': {
      partners: [
        { key: 'lvfa', name: 'Hội hữu nghị Lào – Việt Nam', nameOriginal: 'ສະມາຄົມມິດຕະພາບລາວ-ຫວຽດນາມ', country: 'LA', kind: 'friendship_society', since: '1983', events: ['Đón đoàn Hội hữu nghị Lào – Việt Nam'] },
        { key: 'vientiane', name: 'Thủ đô Viêng Chăn', nameOriginal: 'ນະຄອນຫຼວງວຽງຈັນ', country: 'LA', kind: 'city', since: '2004' },
      ],
      agreements: [
        { title: 'Biên bản ghi nhớ hợp tác giữa Hội hữu nghị Việt Nam – Lào và Hội hữu nghị Lào – Việt Nam', parties: ['lvfa'], signedOn: '2022-07-18', validFrom: '2022-07-18', validTo: ahead(20) },
        { title: 'Thỏa thuận giao lưu thanh niên Hà Nội – Viêng Chăn', parties: ['vientiane', 'lvfa'], signedOn: `${y - 1}-09-05`, validFrom: `${y - 1}-10-01` },
      ],
      aid: [],
      awards: [],
    },
    vufo: {
      partners: [
        { key: 'viethope', name: 'Tổ chức VietHope', nameOriginal: 'VietHope', country: 'US', kind: 'ngo', since: '2003' },
        { key: 'care', name: 'Tổ chức CARE Quốc tế', nameOriginal: 'CARE International', country: 'CH', kind: 'ngo', since: '1989' },
        { key: 'george', name: 'Trường THPT George', nameOriginal: 'George School', country: 'US', kind: 'other', since: '1989', events: ['Đón đoàn học sinh Trường THPT George', 'Trao Kỷ niệm chương'] },
      ],
      agreements: [
        { title: 'Thỏa thuận khung về chương trình học bổng VietHope tại Việt Nam', parties: ['viethope'], signedOn: '2023-05-10', validFrom: '2023-06-01', validTo: ahead(400) },
      ],
      aid: [
        {
          title: '163 suất học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn tại Huế', donor: 'viethope', sector: 'education', committedVnd: 815_000_000, disbursedVnd: 815_000_000,
          currency: 'USD', committedOriginal: 32_000, disbursedOriginal: 32_000, startsOn: `${y}-01-10`, endsOn: `${y}-01-10`, status: 'completed',
        },
        {
          title: 'Hỗ trợ tiền mặt đa mục đích cho hơn 1000 hộ dân tại Đắk Lắk và Gia Lai sau bão số 13', donor: 'care', sector: 'disaster_relief', committedVnd: 3_500_000_000, disbursedVnd: 2_100_000_000,
          currency: 'USD', committedOriginal: 135_000, disbursedOriginal: 81_000, startsOn: ago(60), endsOn: ahead(120), status: 'ongoing',
        },
      ],
      awards: [
        { awardName: medal, recipientName: 'Croucher Benjamin James', recipientCountry: 'US', decisionNumber: '08/QĐ-LHHN', decidedOn: `${y}-01-21`, notes: 'Trưởng khoa Lịch sử và Khoa học Xã hội, Trường THPT George' },
        { awardName: medal, recipientName: 'Salamoni Jr Amedeo', recipientCountry: 'US', decisionNumber: '08/QĐ-LHHN', decidedOn: `${y}-01-21`, notes: 'Giảng viên môn Gốm và Điêu khắc, Trường THPT George' },
      ],
    },
  };
}

const json = async <T>(res: Promise<Response>) => (await (await res).json()) as T;

export async function loadDemoPartners(call: Call, today: string) {
  for (const [ws, plan] of Object.entries(plans(today))) {
    const base = `/api/w/${ws}`;
    const ids = new Map<string, string>();
    const events = (await json<{ items: { id: string; title: string; partnerIds: string[] }[] }>(call('GET', `${base}/events?limit=200`))).items;
    const documents = (await json<{ items: { id: string; subject: string }[] }>(call('GET', `${base}/correspondence?limit=200&status=registered`))).items;
    for (const { key, events: linked = [], documents: papers = [], ...fields } of plan.partners) {
      const { id } = await json<{ id: string }>(call('POST', `${base}/partners`, fields));
      ids.set(key, id);
      for (const event of events.filter((e) => linked.some((start) => e.title.startsWith(start)))) {
        event.partnerIds = [...event.partnerIds, id];
        await call('PATCH', `${base}/events/${event.id}`, { partnerIds: event.partnerIds });
      }
      for (const doc of documents.filter((d) => papers.some((start) => d.subject.startsWith(start)))) await call('PATCH', `${base}/correspondence/${doc.id}`, { partnerId: id });
    }
    for (const { parties, renewal, ...fields } of plan.agreements) {
      const { id } = await json<{ id: string }>(call('POST', `${base}/agreements`, { ...fields, partnerIds: parties.map((p) => ids.get(p)) }));
      if (renewal) await call('POST', `${base}/agreements/${id}/renew`, renewal);
    }
    for (const { donor, ...fields } of plan.aid) await call('POST', `${base}/aid`, { ...fields, donorPartnerId: ids.get(donor) });
    const firstMember = plan.awards.some((a) => a.member) ? (await json<{ items: { id: string }[] }>(call('GET', `${base}/members?limit=1`))).items[0]?.id : undefined;
    for (const { member, ...fields } of plan.awards) {
      if (member && !firstMember) continue;
      await call('POST', `${base}/awards`, member ? { ...fields, recipientMemberId: firstMember } : fields);
    }
  }
}
