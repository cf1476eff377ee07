/**
 * A year of correspondence for the demo workspaces: letters and congratulations to the partners
 * (Cuba's national day and the Triumph of the Revolution, the Lao National Day, the anniversaries
 * of relations with Japan, Cuba and Laos), invitations, condolences, reports and plans to VUFO,
 * the union's guidance and what the associations send back — with follow-ups, replies, a void
 * entry and a classified one. Each entry is registered through the API on the day it is dated
 * (the app's clock is set to that day), over the twelve months up to today, so the numbering
 * restarts on 1 January as it would have.
 */
import { createApp } from '../workers/src/app';
import type { AppDeps } from '../workers/src/deps';
import { localDate } from '../shared/correspondence';

type Json = Record<string, unknown>;

interface Entry {
  /** Month and day, `MM-DD`: the entry is dated on its latest occurrence up to today. */
  on: string;
  /** A name other entries refer to (a reply). */
  key?: string;
  out?: Json;
  in?: Json;
  letter?: Json;
  /** Incoming: the hạn giải quyết, this many days after it arrived. */
  deadlineDays?: number;
  /** Outgoing: the incoming entry (key) this one answers. */
  replies?: string;
  void?: string;
}

const bi = (vi: string, en: string) => ({ vi, en });
const vufoName = 'Liên hiệp các tổ chức hữu nghị Việt Nam';

const partners = {
  jvfa: {
    name: 'Tanaka Hiroshi',
    honorific: bi('Ông', 'Mr.'),
    title: bi('Chủ tịch', 'President'),
    organisation: bi('Hội hữu nghị Nhật – Việt', 'the Japan–Vietnam Friendship Association'),
    country: bi('Nhật Bản', 'Japan'),
  },
  icap: {
    name: 'Ana María Rodríguez',
    honorific: bi('Bà', 'Ms.'),
    title: bi('Chủ tịch', 'President'),
    organisation: bi('Viện Cuba Hữu nghị với các Dân tộc (ICAP)', 'the Cuban Institute of Friendship with the Peoples (ICAP)'),
    country: bi('Cuba', 'Cuba'),
  },
  lvfa: {
    name: 'Bounmy Sisouphanh',
    honorific: bi('Ông', 'Mr.'),
    title: bi('Chủ tịch', 'President'),
    organisation: bi('Hội hữu nghị Lào – Việt Nam', 'the Lao–Vietnam Friendship Association'),
    country: bi('Lào', 'the Lao PDR'),
  },
};

const signers = {
  'vn-nhat-ban': { name: 'Nguyễn Văn Hải', title: bi('Chủ tịch Hội hữu nghị Việt Nam – Nhật Bản', 'President, Vietnam–Japan Friendship Association') },
  'vn-cuba': { name: 'Trần Thị Minh Nguyệt', title: bi('Chủ tịch Hội hữu nghị Việt Nam – Cuba', 'President, Vietnam–Cuba Friendship Association') },
  'vn-lao': { name: 'Lê Quang Thắng', title: bi('Chủ tịch Hội hữu nghị Việt Nam – Lào', 'President, Vietnam–Laos Friendship Association') },
};
const from = {
  'vn-nhat-ban': bi('Hội hữu nghị Việt Nam – Nhật Bản', 'the Vietnam–Japan Friendship Association'),
  'vn-cuba': bi('Hội hữu nghị Việt Nam – Cuba', 'the Vietnam–Cuba Friendship Association'),
  'vn-lao': bi('Hội hữu nghị Việt Nam – Lào', 'the Vietnam–Laos Friendship Association'),
};
const letter = (ws: keyof typeof signers, partner: keyof typeof partners, template: string, details: Json) => ({
  template,
  partner: partners[partner],
  signer: signers[ws],
  from: from[ws],
  details,
});

/** What every association sends to and gets from VUFO in a year. */
const unionCycle = (secretary: string): Entry[] => [
  { on: '01-06', key: 'plan-guide', in: { sender: vufoName, senderRef: '02/LHHN-VP', typeCode: 'CV', subject: 'V/v hướng dẫn xây dựng kế hoạch hoạt động đối ngoại nhân dân năm', assignee: secretary }, deadlineDays: 14 },
  { on: '01-15', replies: 'plan-guide', out: { typeCode: 'KH', subject: 'Kế hoạch hoạt động đối ngoại nhân dân năm', recipients: vufoName, filedWith: 'Văn phòng Hội', copies: 2 } },
  { on: '06-05', key: 'h1-guide', in: { sender: vufoName, senderRef: '87/LHHN-VP', typeCode: 'CV', subject: 'V/v báo cáo sơ kết công tác 6 tháng đầu năm', assignee: secretary }, deadlineDays: 25 },
  { on: '06-27', replies: 'h1-guide', out: { typeCode: 'BC', subject: 'Báo cáo sơ kết công tác 6 tháng đầu năm và phương hướng 6 tháng cuối năm', recipients: vufoName, filedWith: 'Văn phòng Hội', copies: 2 } },
  { on: '11-10', key: 'year-guide', in: { sender: vufoName, senderRef: '164/LHHN-VP', typeCode: 'CV', subject: 'V/v tổng kết công tác năm và xây dựng chương trình năm tới', assignee: secretary }, deadlineDays: 35 },
  { on: '11-14', in: { sender: vufoName, senderRef: '170/GM-LHHN', typeCode: 'GM', subject: 'Giấy mời dự Lễ kỷ niệm ngày thành lập Liên hiệp các tổ chức hữu nghị Việt Nam (17/11/1950)', assignee: 'Chủ tịch Hội' } },
];

export const demoCorrespondence: Record<string, Entry[]> = {
  'vn-nhat-ban': [
    ...unionCycle('Văn phòng Hội'),
    { on: '01-20', out: { typeCode: 'CV', subject: 'V/v đề nghị phối hợp tổ chức Chương trình giao lưu văn hóa Việt – Nhật', recipients: 'Đại sứ quán Nhật Bản tại Việt Nam', signer: 'Nguyễn Văn Hải', copies: 2 } },
    { on: '02-10', in: { sender: 'Đại sứ quán Nhật Bản tại Việt Nam', subject: 'Thư mời dự Tiệc chiêu đãi nhân dịp Ngày sinh Nhà vua Nhật Bản', assignee: 'Chủ tịch Hội' } },
    { on: '03-18', key: 'youth', in: { sender: 'Hội hữu nghị Nhật – Việt', senderRef: 'JVFA-2026-014', subject: 'Đề nghị phối hợp đón đoàn thanh niên Nhật Bản sang thăm và giao lưu tại Việt Nam', assignee: 'Ban Đối ngoại', urgency: 'urgent' }, deadlineDays: 21 },
    { on: '04-02', replies: 'youth', out: { typeCode: 'CV', subject: 'V/v phối hợp đón đoàn thanh niên Nhật Bản', recipients: 'Hội hữu nghị Nhật – Việt', signer: 'Nguyễn Văn Hải', language: 'vi+ja' } },
    { on: '04-20', out: { typeCode: 'GGT', subject: 'Giấy giới thiệu cán bộ đến làm việc với Quỹ Giao lưu quốc tế Nhật Bản tại Hà Nội', recipients: 'Quỹ Giao lưu quốc tế Nhật Bản (The Japan Foundation)' } },
    { on: '05-12', out: { typeCode: 'CV', subject: 'V/v gửi danh sách đoàn tham dự Lễ hội Việt Nam tại Tokyo', recipients: 'Đại sứ quán Nhật Bản tại Việt Nam' }, void: 'Gửi nhầm bản dự thảo; đã ban hành lại' },
    { on: '05-13', out: { typeCode: 'CV', subject: 'V/v gửi danh sách đoàn tham dự Lễ hội Việt Nam tại Tokyo', recipients: 'Đại sứ quán Nhật Bản tại Việt Nam', signer: 'Nguyễn Văn Hải' } },
    { on: '07-08', letter: letter('vn-nhat-ban', 'jvfa', 'condolences', { loss: bi('những thiệt hại nặng nề về người và tài sản do mưa lớn và lũ lụt tại vùng Kyushu', 'the heavy loss of life and property caused by the torrential rains and floods in the Kyushu region') }) },
    { on: '08-25', letter: letter('vn-nhat-ban', 'jvfa', 'invitation', { event: bi('Lễ kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản', 'the ceremony marking the anniversary of Viet Nam – Japan diplomatic relations'), venue: bi('Số 105A Quán Thánh, Ba Đình, Hà Nội', '105A Quan Thanh Street, Ba Dinh, Ha Noi') }) },
    { on: '09-18', letter: letter('vn-nhat-ban', 'jvfa', 'relations-anniversary', { since: '1973-09-21' }) },
    { on: '10-02', key: 'scholar', in: { sender: 'Quỹ Giao lưu quốc tế Nhật Bản', subject: 'V/v giới thiệu ứng viên chương trình học bổng tiếng Nhật', assignee: 'Ban Văn hóa – Giáo dục' }, deadlineDays: 30 },
    { on: '10-21', out: { typeCode: 'TTr', subject: 'Tờ trình đề nghị tặng Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc” cho bạn bè Nhật Bản', recipients: vufoName, classification: 'confidential' } },
  ],
  'vn-cuba': [
    ...unionCycle('Văn phòng Hội'),
    { on: '12-26', letter: letter('vn-cuba', 'icap', 'national-day', { since: '1959-01-01', occasion: bi('Ngày Chiến thắng của Cách mạng Cuba – Quốc khánh Cộng hòa Cuba', 'the Triumph of the Cuban Revolution, the National Day of the Republic of Cuba') }) },
    { on: '01-12', in: { sender: 'Viện Cuba Hữu nghị với các Dân tộc (ICAP)', senderRef: 'ICAP/DAO/005', subject: 'Thư cảm ơn lời chúc mừng nhân dịp Quốc khánh Cuba', assignee: 'Chủ tịch Hội' } },
    { on: '03-05', out: { typeCode: 'KH', subject: 'Kế hoạch vận động ủng hộ nhân dân Cuba “Nghĩa tình Việt Nam – Cuba”', recipients: 'Các tổ chức thành viên; Ban Thường vụ Hội', copies: 30 } },
    { on: '04-16', key: 'embassy', in: { sender: 'Đại sứ quán Cộng hòa Cuba tại Việt Nam', subject: 'Đề nghị phối hợp tổ chức Lễ kỷ niệm Chiến thắng Girón (Playa Girón)', assignee: 'Ban Đối ngoại' }, deadlineDays: 7 },
    { on: '04-20', replies: 'embassy', out: { typeCode: 'CV', subject: 'V/v phối hợp tổ chức Lễ kỷ niệm Chiến thắng Girón', recipients: 'Đại sứ quán Cộng hòa Cuba tại Việt Nam', signer: 'Trần Thị Minh Nguyệt' } },
    { on: '07-20', letter: letter('vn-cuba', 'icap', 'national-day', { since: '1953-07-26', occasion: bi('Ngày Tấn công trại lính Moncada – Ngày Khởi nghĩa dân tộc Cuba', 'the Assault on the Moncada Barracks, the Day of National Rebellion of Cuba') }) },
    { on: '09-10', out: { typeCode: 'BC', subject: 'Báo cáo kết quả Chương trình vận động ủng hộ nhân dân Cuba', recipients: vufoName, copies: 2 } },
    { on: '10-30', letter: letter('vn-cuba', 'icap', 'condolences', { loss: bi('những thiệt hại nặng nề do cơn bão gây ra tại các tỉnh miền Đông Cuba', 'the heavy damage caused by the hurricane in the eastern provinces of Cuba') }) },
    { on: '11-25', letter: letter('vn-cuba', 'icap', 'relations-anniversary', { since: '1960-12-02' }) },
  ],
  'vn-lao': [
    ...unionCycle('Văn phòng Hội'),
    { on: '02-20', in: { sender: 'Hội hữu nghị Lào – Việt Nam', subject: 'Thông báo chương trình hoạt động năm của Hội hữu nghị Lào – Việt Nam', assignee: 'Ban Đối ngoại' } },
    { on: '03-12', out: { typeCode: 'CV', subject: 'V/v phối hợp tổ chức gặp mặt lưu học sinh Lào nhân dịp Tết cổ truyền Bunpimay', recipients: 'Đại sứ quán Lào tại Việt Nam; Hội Sinh viên Lào tại Việt Nam' } },
    { on: '08-30', letter: letter('vn-lao', 'lvfa', 'relations-anniversary', { since: '1962-09-05' }) },
    { on: '11-27', letter: letter('vn-lao', 'lvfa', 'national-day', { since: '1975-12-02', occasion: bi('Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào', 'the National Day of the Lao People’s Democratic Republic') }) },
  ],
  vufo: [
    { on: '01-05', out: { typeCode: 'CV', subject: 'V/v hướng dẫn xây dựng kế hoạch hoạt động đối ngoại nhân dân năm', recipients: 'Các tổ chức thành viên; Liên hiệp các tổ chức hữu nghị các tỉnh, thành phố', copies: 120 } },
    { on: '01-16', in: { sender: 'Hội hữu nghị Việt Nam – Nhật Bản', senderRef: '1/KH-HHNVN', typeCode: 'KH', subject: 'Kế hoạch hoạt động đối ngoại nhân dân năm', assignee: 'Ban Tổ chức – Thi đua' } },
    { on: '02-26', out: { typeCode: 'TB', subject: 'Thông báo kết luận Hội nghị giao ban Cụm thi đua số 1', recipients: 'Các hội thuộc Cụm thi đua số 1' } },
    { on: '06-04', out: { typeCode: 'CV', subject: 'V/v báo cáo sơ kết công tác 6 tháng đầu năm', recipients: 'Các tổ chức thành viên' } },
    { on: '06-28', in: { sender: 'Hội hữu nghị Việt Nam – Cuba', typeCode: 'BC', subject: 'Báo cáo sơ kết công tác 6 tháng đầu năm', assignee: 'Ban Tổ chức – Thi đua' } },
    { on: '07-01', in: { sender: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An', typeCode: 'BC', subject: 'Báo cáo sơ kết công tác 6 tháng đầu năm', assignee: 'Ban Tổ chức – Thi đua' } },
    { on: '09-15', out: { typeCode: 'QĐ', subject: 'Quyết định tặng Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”', recipients: 'Như Điều 3; Lưu: VT, TĐKT', signer: 'Chủ tịch Liên hiệp' } },
    { on: '11-05', out: { typeCode: 'GM', subject: 'Giấy mời dự Lễ kỷ niệm ngày thành lập Liên hiệp các tổ chức hữu nghị Việt Nam (17/11/1950)', recipients: 'Các tổ chức thành viên; Đại sứ quán các nước' } },
  ],
  'lhhn-nghe-an': [
    { on: '01-07', in: { sender: vufoName, typeCode: 'CV', subject: 'V/v hướng dẫn xây dựng kế hoạch hoạt động đối ngoại nhân dân năm', assignee: 'Văn phòng' } },
    { on: '06-30', out: { typeCode: 'BC', subject: 'Báo cáo sơ kết công tác 6 tháng đầu năm', recipients: vufoName } },
  ],
};

/** `MM-DD` on its latest occurrence up to `today`. */
function lastOccurrence(monthDay: string, today: string): string {
  const year = Number(today.slice(0, 4));
  return `${year}-${monthDay}` <= today ? `${year}-${monthDay}` : `${year - 1}-${monthDay}`;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

/** Registers the entries through the API, signed in with the demo account's session `cookie`. */
export async function loadDemoCorrespondence(deps: AppDeps, cookie: string) {
  const today = localDate(deps.now?.() ?? new Date());
  let clock = new Date();
  const app = createApp({ ...deps, now: () => clock });
  const origin = new URL(deps.config.publicUrl).origin;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, { method, headers: { origin, cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`demo: ${method} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };

  for (const [ws, entries] of Object.entries(demoCorrespondence)) {
    const base = `/api/w/${ws}/correspondence`;
    const dated = entries.map((e, i) => ({ ...e, date: lastOccurrence(e.on, today), order: i })).sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
    const byKey = new Map<string, { id: string; date: string }>();
    for (const [i, entry] of dated.entries()) {
      clock = new Date(Date.parse(`${entry.date}T09:00:00+07:00`) + i * 60_000);
      const year = entry.date.slice(0, 4);
      let doc: { id: string };
      if (entry.letter) {
        const details = { ...(entry.letter.details as Json) };
        // An invitation goes out about four weeks ahead of its event.
        if (entry.letter.template === 'invitation') details.startsAt = `${addDays(entry.date, 27)}T09:00`;
        doc = await call('POST', `/api/w/${ws}/letters/issue`, { ...entry.letter, details, date: entry.date });
      } else if (entry.out) {
        doc = await call('POST', base, { direction: 'out', ...entry.out, subject: withYear(entry.out.subject as string, year), documentDate: entry.date });
      } else {
        const fields = entry.in!;
        doc = await call('POST', base, {
          direction: 'in',
          ...fields,
          subject: withYear(fields.subject as string, year),
          documentDate: addDays(entry.date, -3),
          receivedOn: entry.date,
          ...(entry.deadlineDays ? { deadline: addDays(entry.date, entry.deadlineDays) } : {}),
        });
      }
      if (entry.key) byKey.set(entry.key, { id: doc.id, date: entry.date });
      const answered = entry.replies ? byKey.get(entry.replies) : undefined;
      if (answered && answered.date <= entry.date) await call('POST', `${base}/${answered.id}/reply`, { replyId: doc.id });
      if (entry.void) await call('POST', `${base}/${doc.id}/void`, { reason: entry.void });
    }
  }
}

/** Yearly documents name their year: "… năm" → "… năm 2026". */
const withYear = (subject: string, year: string) => (subject.endsWith(' năm') ? `${subject} ${year}` : subject);
