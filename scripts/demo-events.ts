/**
 * A year of activities for the demo workspaces, drawn from ../shared/seeds: the 44-point online
 * seminar of 18/6/2021, the Vietnam–Japan 50th anniversary of 21/9/2023, the George School
 * delegation and award of January, the "65 năm nghĩa tình Việt Nam – Cuba" campaign (656.7 bn
 * VND, ten times its target), the review meetings (giao ban, tổng kết) — plus the ordinary
 * monthly rhythm of an association. Loaded through the API, like everything in demo.ts.
 */

type Call = (method: string, path: string, body?: unknown) => Promise<Response>;

interface DemoEvent {
  type: string;
  title: string;
  titleEn?: string;
  description?: string;
  startsAt: string;
  endsAt: string;
  location?: string;
  format?: 'in_person' | 'online' | 'hybrid';
  connectionPoints?: number;
  countries?: string[];
  organisers?: string[];
  capacity?: number;
  registrationOpen?: boolean;
  participants?: number;
  rrule?: string;
  delegation?: { direction: 'in' | 'out'; headName: string; headTitle?: string; size: number; itinerary?: string; gifts?: string };
  outcomes?: Record<string, number | string>;
  /** Guests to register, in order; `attended` of them checked in (past events). */
  guests?: number;
  attended?: number;
  /** Occurrence changes of a series: date → change. */
  occurrences?: Record<string, Record<string, unknown>>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first Monday of a month, 'YYYY-MM-DD'. */
function firstMonday(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return `${year}-${pad(month)}-${pad(1 + ((8 - day) % 7))}`;
}

const guestNames = [
  'Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức', 'Vũ Thị Hạnh', 'Đặng Quốc Huy',
  'Bùi Thị Lan', 'Đỗ Mạnh Hùng', 'Ngô Thị Mai', 'Dương Văn Nam', 'Lý Thị Oanh', 'Phan Thanh Phong', 'Trịnh Thị Quyên',
  'Mai Xuân Sơn', 'Tô Thị Thủy', 'Hồ Đức Trung', 'Đinh Thị Uyên', 'Lâm Văn Vinh', 'Châu Thị Xuân',
];

function vufo(y: number): DemoEvent[] {
  return [
    {
      type: 'seminar',
      title: 'Tọa đàm “Đối ngoại nhân dân trong tình hình mới: cơ hội, thách thức và yêu cầu”',
      titleEn: 'Seminar “People-to-people diplomacy in the new situation: opportunities, challenges and requirements”',
      description: 'Tổng kết việc thực hiện Chỉ thị 04/CT-TW của Ban Bí thư (khóa XI); chủ trì: Chủ tịch Nguyễn Phương Nga.',
      startsAt: '2021-06-18T08:00', endsAt: '2021-06-18T11:30',
      location: 'Hà Nội', format: 'hybrid', connectionPoints: 44, participants: 320,
      outcomes: { followUp: 'Tổng hợp kiến nghị của các điểm cầu, xây dựng chiến lược hoạt động giai đoạn mới' },
    },
    {
      type: 'delegation_in',
      title: 'Đón đoàn học sinh Trường THPT George (Hoa Kỳ)',
      titleEn: 'George School (USA) student delegation',
      startsAt: `${y}-01-10T09:00`, endsAt: `${y}-01-31T17:00`,
      location: 'Hà Nội và các địa phương', countries: ['US'], participants: 14,
      delegation: { direction: 'in', headName: 'Croucher Benjamin James', headTitle: 'Trưởng khoa Lịch sử và Khoa học Xã hội, Trường THPT George', size: 14, itinerary: 'Giao lưu, trải nghiệm văn hóa – lịch sử và hoạt động thiện nguyện tại nhiều địa phương' },
    },
    {
      type: 'other',
      title: 'Trao Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc” cho hai giáo viên Trường THPT George',
      startsAt: `${y}-01-21T15:00`, endsAt: `${y}-01-21T16:30`, location: 'Trụ sở Liên hiệp, 105A Quán Thánh, Hà Nội', countries: ['US'], participants: 40,
    },
    {
      type: 'review',
      title: 'Giao ban công tác tháng',
      titleEn: 'Monthly review meeting',
      startsAt: `${firstMonday(y, 1)}T14:00`, endsAt: `${firstMonday(y, 1)}T16:00`,
      location: 'Phòng họp tầng 2', rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=12',
      occurrences: { [firstMonday(y, 2)]: { cancelled: true }, [firstMonday(y, 9)]: { startsAt: `${firstMonday(y, 9).slice(0, 8)}${pad(Number(firstMonday(y, 9).slice(8)) + 1)}T14:00`, title: 'Giao ban công tác tháng 9 (dời sang thứ Ba)' } },
    },
    {
      type: 'training',
      title: 'Tập huấn kỹ năng vận động viện trợ phi chính phủ nước ngoài',
      titleEn: 'Training: mobilising foreign NGO aid',
      startsAt: `${y}-04-15T08:00`, endsAt: `${y}-04-16T17:00`, location: 'Hà Nội', format: 'hybrid', connectionPoints: 12,
      capacity: 40, guests: 18, attended: 16,
    },
    {
      type: 'review',
      title: `Hội nghị giao ban công tác Đối ngoại nhân dân lần thứ 2 – năm ${y}`,
      startsAt: `${y}-08-05T08:30`, endsAt: `${y}-08-05T11:30`, location: 'Bộ Ngoại giao, Hà Nội', participants: 120,
    },
    {
      type: 'anniversary',
      title: 'Kỷ niệm ngày thành lập Liên hiệp các tổ chức hữu nghị Việt Nam (17/11/1950)',
      titleEn: 'VUFO founding day',
      startsAt: `${y}-11-17T09:00`, endsAt: `${y}-11-17T11:00`, location: 'Hà Nội', rrule: 'FREQ=YEARLY;COUNT=5',
    },
    {
      type: 'festival',
      title: 'Liên hoan hữu nghị nhân dân các nước',
      titleEn: 'Festival of friendship between peoples',
      startsAt: `${y}-12-12T17:30`, endsAt: `${y}-12-12T21:00`, location: 'Hoàng Thành Thăng Long, Hà Nội', countries: ['JP', 'CU', 'LA', 'US'],
      organisers: ['vn-nhat-ban', 'vn-cuba', 'vn-lao'], capacity: 15, guests: 18,
    },
    {
      type: 'review',
      title: `Hội nghị tổng kết công tác đối ngoại nhân dân năm ${y}`,
      startsAt: `${y}-12-30T08:00`, endsAt: `${y}-12-30T11:30`, location: 'Hà Nội', format: 'hybrid', connectionPoints: 34, capacity: 150, guests: 6,
    },
  ];
}

function japan(y: number): DemoEvent[] {
  return [
    {
      type: 'anniversary',
      title: 'Lễ kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản (21/9/1973 – 21/9/2023)',
      titleEn: '50th anniversary of Vietnam–Japan diplomatic relations',
      description: 'Do Liên hiệp các tổ chức hữu nghị Việt Nam và Hội hữu nghị Việt Nam – Nhật Bản chủ trì, phối hợp Bộ Ngoại giao tổ chức.',
      startsAt: '2023-09-21T09:00', endsAt: '2023-09-21T11:30', location: 'Hà Nội', countries: ['JP'], organisers: ['vufo'], participants: 400,
    },
    {
      type: 'meeting',
      title: 'Gặp mặt nhân dịp Ngày Quốc khánh Nhật Bản',
      startsAt: `${y}-02-23T10:00`, endsAt: `${y}-02-23T11:30`, location: 'Đại sứ quán Nhật Bản, Hà Nội', countries: ['JP'], participants: 60,
    },
    {
      type: 'delegation_in',
      title: 'Đón đoàn Hội hữu nghị Nhật – Việt tỉnh Osaka',
      startsAt: `${y}-03-16T09:00`, endsAt: `${y}-03-20T17:00`, location: 'Hà Nội, Ninh Bình', countries: ['JP'],
      delegation: { direction: 'in', headName: 'Tanaka Kenji', headTitle: 'Chủ tịch Hội hữu nghị Nhật – Việt tỉnh Osaka', size: 12, itinerary: 'Làm việc với Hội; thăm Ninh Bình; giao lưu với sinh viên tiếng Nhật', gifts: 'Tranh sơn mài' },
      outcomes: { agreementsSigned: 1, notes: 'Ký biên bản ghi nhớ hợp tác giao lưu thanh niên giai đoạn 2026–2028' },
    },
    {
      type: 'delegation_out',
      title: 'Đoàn Hội hữu nghị Việt Nam – Nhật Bản thăm và làm việc tại Nhật Bản',
      startsAt: `${y}-07-06T08:00`, endsAt: `${y}-07-12T18:00`, location: 'Tokyo, Osaka', countries: ['JP'],
      delegation: { direction: 'out', headName: 'Nguyễn Thị Thu Hà', headTitle: 'Phó Chủ tịch Hội', size: 8, itinerary: 'Tokyo (6–9/7), Osaka (10–12/7)' },
      outcomes: { aidCommittedVnd: 2_400_000_000, aidCurrency: 'JPY', notes: 'Cam kết tài trợ học bổng cho học sinh nghèo vượt khó' },
    },
    {
      type: 'anniversary',
      title: `Kỷ niệm ${y - 1973} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản`,
      startsAt: `${y}-09-21T09:00`, endsAt: `${y}-09-21T11:00`, location: 'Hà Nội', countries: ['JP'], capacity: 80, guests: 12, attended: 10,
    },
    {
      type: 'festival',
      title: 'Giao lưu văn hóa Việt – Nhật: trà đạo và thư pháp',
      titleEn: 'Vietnam–Japan cultural exchange: tea ceremony and calligraphy',
      startsAt: `${y}-12-06T14:00`, endsAt: `${y}-12-06T17:00`, location: 'Trung tâm Giao lưu Văn hóa Nhật Bản, Hà Nội', countries: ['JP'], capacity: 10, guests: 13,
    },
  ];
}

function cuba(y: number): DemoEvent[] {
  return [
    {
      type: 'campaign',
      title: 'Chương trình vận động ủng hộ nhân dân Cuba “65 năm nghĩa tình Việt Nam – Cuba”',
      titleEn: 'Solidarity campaign “65 years of Vietnam–Cuba friendship”',
      description: 'Tổng số tiền ủng hộ đạt 656,7 tỷ đồng, cao gấp 10 lần mục tiêu ban đầu.',
      startsAt: '2025-09-01T08:00', endsAt: '2025-12-02T17:00', location: 'Toàn quốc', format: 'hybrid', countries: ['CU'], organisers: ['vufo'],
      outcomes: { fundsRaisedVnd: 656_700_000_000, fundsTargetVnd: 65_670_000_000, mediaCoverage: 'Đặc san “Việt Nam – Cuba 65 năm chung nhịp đập hữu nghị”' },
    },
    {
      type: 'meeting',
      title: 'Gặp mặt kỷ niệm Ngày Chiến thắng của Cách mạng Cuba',
      startsAt: `${y}-01-02T09:30`, endsAt: `${y}-01-02T11:00`, location: 'Hà Nội', countries: ['CU'], participants: 50,
    },
    {
      type: 'anniversary',
      title: 'Kỷ niệm ngày tấn công pháo đài Moncada (26/7/1953)',
      startsAt: `${y}-07-24T09:00`, endsAt: `${y}-07-24T11:00`, location: 'Hà Nội', countries: ['CU'], capacity: 60, guests: 8, attended: 7,
    },
    {
      type: 'aid',
      title: 'Tiếp nhận lô hàng hỗ trợ của các tổ chức phi chính phủ Cuba cho vùng bị thiên tai',
      startsAt: `${y}-10-20T08:00`, endsAt: `${y}-10-20T10:00`, location: 'Quảng Trị', countries: ['CU'],
      outcomes: { aidCommittedVnd: 1_200_000_000, aidDisbursedVnd: 1_200_000_000, aidCurrency: 'USD' },
    },
    {
      type: 'anniversary',
      title: `Kỷ niệm ${y - 1960} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cuba`,
      startsAt: `${y}-12-02T09:00`, endsAt: `${y}-12-02T11:30`, location: 'Hà Nội', countries: ['CU'], organisers: ['vufo'], capacity: 100, guests: 9,
    },
  ];
}

function laos(y: number): DemoEvent[] {
  return [
    {
      type: 'festival',
      title: 'Tết Bunpimay cùng lưu học sinh Lào',
      titleEn: 'Lao New Year with Lao students',
      startsAt: `${y}-04-12T16:00`, endsAt: `${y}-04-12T20:00`, location: 'Ký túc xá Đại học Quốc gia Hà Nội', countries: ['LA'], capacity: 120, guests: 15, attended: 14,
    },
    {
      type: 'review',
      title: `Sơ kết công tác 6 tháng đầu năm ${y}`,
      startsAt: `${y}-07-03T08:30`, endsAt: `${y}-07-03T11:30`, location: 'Hà Nội',
    },
    {
      type: 'anniversary',
      title: `Kỷ niệm ${y - 1977} năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (18/7/1977)`,
      startsAt: `${y}-07-17T09:00`, endsAt: `${y}-07-17T11:00`, location: 'Hà Nội', countries: ['LA'], participants: 150,
    },
    {
      type: 'delegation_in',
      title: 'Đón đoàn Hội hữu nghị Lào – Việt Nam',
      startsAt: `${y}-09-03T09:00`, endsAt: `${y}-09-07T17:00`, location: 'Hà Nội, Nghệ An', countries: ['LA'],
      delegation: { direction: 'in', headName: 'Bounmy Sayavong', headTitle: 'Phó Chủ tịch Hội hữu nghị Lào – Việt Nam', size: 10, itinerary: 'Hà Nội (3–5/9), Nghệ An (6–7/9): thăm Khu di tích Kim Liên' },
    },
    {
      type: 'meeting',
      title: 'Gặp mặt chúc mừng Quốc khánh nước CHDCND Lào',
      startsAt: `${y}-12-01T15:00`, endsAt: `${y}-12-01T17:00`, location: 'Đại sứ quán Lào, Hà Nội', countries: ['LA'], capacity: 40, guests: 5,
    },
  ];
}

async function addEvent(call: Call, ws: string, event: DemoEvent) {
  const { guests = 0, attended = 0, occurrences = {}, ...fields } = event;
  const created = (await (await call('POST', `/api/w/${ws}/events`, fields)).json()) as { id: string };
  const base = `/api/w/${ws}/events/${created.id}`;
  for (const [date, change] of Object.entries(occurrences)) await call('PATCH', `${base}/occurrences/${date}`, change);
  for (let i = 0; i < guests; i++) {
    const name = guestNames[i % guestNames.length];
    const res = await call('POST', `${base}/registrations`, { name, email: `khach${i + 1}.${ws}@example.vn` });
    const reg = (await res.json()) as { id: string; status: string };
    if (i < attended && reg.status === 'registered') await call('POST', `${base}/registrations/${reg.id}/check-in`);
  }
}

/** Loads the activities of `year` (and the historical ones from the seed articles). */
export async function loadDemoEvents(call: Call, year: number) {
  const plan: [string, DemoEvent[]][] = [
    ['vufo', vufo(year)],
    ['vn-nhat-ban', japan(year)],
    ['vn-cuba', cuba(year)],
    ['vn-lao', laos(year)],
  ];
  for (const [ws, list] of plan) for (const event of list) await addEvent(call, ws, event);
  // The central union has no partner country of its own: it follows the main partners' dates.
  for (const [country, since] of [['CN', '1950-01-18'], ['RU', '1950-01-30'], ['CU', '1960-12-02'], ['LA', '1962-09-05'], ['KH', '1967-06-24'], ['JP', '1973-09-21'], ['US', '1995-07-12']]) {
    await call('PUT', `/api/w/vufo/occasions/relations/${country}`, { since });
  }
}
