/**
 * Three years of history for the affiliates of demo-affiliates.ts, so that the central union's
 * dashboard has something to say: members joining month by month (more lately), the ordinary
 * rhythm of activities (meetings, festivals, anniversaries, delegations in and out, seminars with
 * connection points, review meetings — fewer around Tết, more in September and December),
 * plans and reports to the parent union, memoranda with partners, some aid and awards. Drawn
 * from a seeded generator: the same every time. Loaded through the API, each write made with the
 * app's clock set to its day, as in demo-correspondence.ts (documents are registered "today").
 */
import { countryName } from '../shared/countries';
import { localDate } from '../shared/correspondence';
import { addDays } from '../shared/partners';
import { createApp } from '../workers/src/app';
import type { AppDeps } from '../workers/src/deps';
import { affiliatesAccount, demoAffiliates, type DemoAffiliate } from './demo-affiliates';
import { demoCsv } from './demo-members';
import { seededRandom } from './random';
import { sampleMembers } from './sample-members';
import { loadDemoReporting } from './demo-reporting';
import { nowOf } from '../workers/src/services/clock';

type Rand = ReturnType<typeof seededRandom>;
type Json = Record<string, unknown>;

/** One write of the history, made on its day. */
interface Step {
  day: string;
  path: string;
  /** A body naming the workspace's partner is made once the partner exists. */
  body: Json | ((partnerId: string) => Json);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Foreign friends who head delegations and receive awards, by country. */
const friends: Record<string, string[]> = {
  CN: ['Vương Kiến Quốc', 'Lý Tiểu Minh'], RU: ['Ivan Petrov', 'Olga Smirnova'], KH: ['Sok An', 'Chea Sophara'],
  FR: ['Jean Dupont', 'Marie Laurent'], KR: ['Kim Min-jun', 'Park Ji-woo'], IN: ['Rajesh Kumar', 'Priya Sharma'],
  DE: ['Thomas Müller', 'Anna Schmidt'], US: ['John Miller', 'Sarah Johnson'], TH: ['Somchai Wongsa', 'Suda Chaiyaporn'],
  PL: ['Jan Kowalski', 'Anna Nowak'], MN: ['Bat-Erdene Dorj', 'Oyuntsetseg Bold'], JP: ['Tanaka Hiroshi', 'Sato Yuki'],
  LA: ['Bounmy Sayavong', 'Khamla Phommachanh'],
};
/** A union works with every country: its delegations and guests come from these. */
const unionCountries = ['JP', 'CN', 'KR', 'LA', 'KH', 'RU', 'FR', 'US', 'DE'];
/** Non-governmental partners of the provincial unions. */
const ngos: [name: string, country: string][] = [
  ['Tổ chức Tầm nhìn Thế giới (World Vision)', 'US'],
  ['Tổ chức Plan International', 'GB'],
  ['Quỹ Hanns Seidel', 'DE'],
  ['Tổ chức Cứu trợ Trẻ em (Save the Children)', 'GB'],
  ['Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)', 'JP'],
];

const eventTypes: [string, number][] = [
  ['meeting', 24], ['festival', 12], ['anniversary', 10], ['delegation_in', 12], ['delegation_out', 6], ['seminar', 8],
  ['campaign', 3], ['aid', 4], ['training', 5], ['review', 12], ['other', 4],
];

/** How busy a month is: slower around Tết, busier in September and before the year ends. */
const season = [1, 0.5, 1, 1, 1, 1, 0.9, 0.9, 1.4, 1.1, 1.1, 1.4];

/** An activity of `ws` on `day`, titled the way associations title theirs. */
function activity(r: Rand, ws: DemoAffiliate, day: string): Json {
  const type = r.weighted(eventTypes);
  const country = ws.countries[0] ?? r.pick(unionCountries);
  const cn = countryName(country);
  const month = Number(day.slice(5, 7));
  const union = ws.kind === 'union';
  const titles: Record<string, string[]> = {
    meeting: union
      ? ['Gặp mặt Đoàn ngoại giao và các tổ chức quốc tế nhân dịp năm mới', 'Làm việc với các tổ chức phi chính phủ nước ngoài', 'Gặp mặt các hội hữu nghị thành viên']
      : [`Gặp mặt hữu nghị nhân dịp Quốc khánh ${cn}`, `Làm việc với Đại sứ quán ${cn} tại Việt Nam`, `Gặp mặt cộng đồng người ${cn} tại ${ws.city}`],
    festival: union ? ['Liên hoan hữu nghị nhân dân các nước', 'Ngày hội giao lưu văn hóa quốc tế'] : [`Giao lưu văn hóa Việt Nam – ${cn}`, `Ngày hội văn hóa ${cn} tại ${ws.city}`],
    anniversary: union ? ['Kỷ niệm ngày thành lập Liên hiệp các tổ chức hữu nghị'] : [`Kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam – ${cn}`],
    delegation_in: [`Đón đoàn Hội hữu nghị ${cn} – Việt Nam`, `Đón đoàn thanh niên ${cn} sang giao lưu`],
    delegation_out: [`Đoàn công tác thăm và làm việc tại ${cn}`],
    seminar: union ? ['Hội thảo “Đối ngoại nhân dân trong tình hình mới”'] : [`Tọa đàm “Quan hệ hữu nghị Việt Nam – ${cn}: nhìn lại và hướng tới”`],
    campaign: ['Vận động ủng hộ đồng bào bị thiên tai, bão lũ'],
    aid: [`Tiếp nhận và trao quà hỗ trợ của bạn bè ${cn}`],
    training: ['Tập huấn nghiệp vụ công tác đối ngoại nhân dân'],
    review: [month <= 1 || month === 12 ? `Tổng kết công tác năm ${day.slice(0, 4)}` : month === 6 || month === 7 ? `Sơ kết công tác 6 tháng đầu năm ${day.slice(0, 4)}` : 'Giao ban công tác quý'],
    other: ['Thăm hỏi, tặng quà gia đình chính sách'],
  };
  const hour = r.int(8, 15);
  const body: Json = {
    type,
    title: r.pick(titles[type]),
    startsAt: `${day}T${pad(hour)}:00`,
    endsAt: `${day}T${pad(hour + 2)}:30`,
    location: ws.city,
    countries: type === 'review' || type === 'training' ? [] : [country],
    participants: r.int(2, 30) * 10,
  };
  if (type === 'delegation_in' || type === 'delegation_out') {
    const size = r.int(4, 30);
    body.delegation = { direction: type === 'delegation_in' ? 'in' : 'out', headName: type === 'delegation_in' ? r.pick(friends[country] ?? friends.JP) : 'Chủ tịch Hội', size };
    body.participants = size + r.int(5, 40);
  }
  if (type === 'seminar' && r.chance(0.6)) Object.assign(body, { format: 'hybrid', connectionPoints: r.int(3, 45) });
  if (type === 'campaign') body.outcomes = { fundsRaisedVnd: r.int(50, 2500) * 1_000_000 };
  return body;
}

/** Plans and reports to the parent, and a few letters to and from partners, dated through the years. */
function documents(r: Rand, ws: DemoAffiliate, parentName: string, years: number[], today: string): Step[] {
  const steps: Step[] = [];
  const add = (day: string, body: Json) => day <= today && steps.push({ day, path: 'correspondence', body });
  for (const y of years) {
    add(`${y}-01-${pad(r.int(8, 20))}`, { direction: 'out', typeCode: 'KH', subject: `Kế hoạch hoạt động đối ngoại nhân dân năm ${y}`, recipients: parentName, documentDate: `${y}-01-08` });
    add(`${y}-12-${pad(r.int(10, 20))}`, { direction: 'out', typeCode: 'BC', subject: `Báo cáo tổng kết công tác năm ${y}`, recipients: parentName, documentDate: `${y}-12-08` });
    for (let i = Math.round(ws.size * r.int(0, 1)); i > 0; i--) {
      const day = `${y}-${pad(r.int(2, 11))}-${pad(r.int(1, 28))}`;
      const partner = ws.countries[0] ? `Đại sứ quán ${countryName(ws.countries[0])} tại Việt Nam` : r.pick(ngos)[0];
      add(day, r.chance(0.5)
        ? { direction: 'out', typeCode: 'CV', subject: 'V/v phối hợp tổ chức hoạt động giao lưu hữu nghị', recipients: partner, documentDate: day }
        : { direction: 'in', sender: partner, subject: 'Thư mời dự tiệc chiêu đãi', documentDate: day });
    }
  }
  return steps;
}

/** Everything one affiliate did over the months from `start` to `today`, day by day. */
function history(r: Rand, ws: DemoAffiliate, parentName: string, start: string, today: string): Step[] {
  const months: string[] = [];
  // From the 1st of a month, 31 days on is always in the next month.
  for (let m = start.slice(0, 7); m <= today.slice(0, 7); m = addDays(`${m}-01`, 31).slice(0, 7)) months.push(m);
  // Busier lately: the later months weigh up to twice the first.
  const weights = months.map((m, i): [string, number] => [m, season[Number(m.slice(5)) - 1] * (1 + i / months.length)]);
  const dayIn = (month: string) => {
    const day = `${month}-${pad(r.int(1, 28))}`;
    return day <= today ? day : today;
  };
  const steps: Step[] = [];
  for (let i = Math.round(ws.size * 8); i > 0; i--) {
    const day = dayIn(r.weighted(weights));
    steps.push({ day, path: 'events', body: activity(r, ws, day) });
  }
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  steps.push(...documents(r, ws, parentName, years, today));
  for (let i = r.chance(0.3) ? 2 : 1; i > 0; i--) {
    const day = dayIn(r.pick(months));
    const title = ws.kind === 'union' ? 'Thỏa thuận hợp tác về chương trình hỗ trợ cộng đồng' : `Biên bản ghi nhớ hợp tác giao lưu nhân dân với Hội hữu nghị ${countryName(ws.countries[0])} – Việt Nam`;
    steps.push({ day, path: 'agreements', body: (partnerId) => ({ title, partnerIds: [partnerId], signedOn: day, validFrom: day, validTo: addDays(day, 3 * 365) }) });
  }
  if (ws.kind === 'union' || r.chance(0.35)) {
    const day = dayIn(r.pick(months));
    const endsOn = addDays(day, r.int(180, 720));
    const committedVnd = r.int(3, 40) * 100_000_000;
    const done = endsOn < today;
    const body = { title: r.pick(['Học bổng cho học sinh nghèo vượt khó', 'Xây dựng nhà văn hóa cộng đồng', 'Hỗ trợ sinh kế cho phụ nữ vùng khó khăn', 'Nước sạch cho trường học vùng cao']), sector: r.pick(['education', 'social', 'water_sanitation', 'health']) };
    steps.push({ day, path: 'aid', body: (partnerId) => ({ ...body, donorPartnerId: partnerId, committedVnd, disbursedVnd: done ? committedVnd : Math.round(committedVnd * r.int(2, 8)) / 10, startsOn: day, endsOn, status: done ? 'completed' : 'ongoing' }) });
  }
  if (r.chance(0.5)) {
    const country = ws.countries[0] ?? r.pick(unionCountries);
    const day = dayIn(r.pick(months));
    steps.push({ day, path: 'awards', body: { awardName: 'Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”', recipientName: r.pick(friends[country]), recipientCountry: country, decisionNumber: `${r.int(10, 250)}/QĐ-LHHN`, decidedOn: day } });
  }
  return steps.sort((a, b) => a.day.localeCompare(b.day));
}

/** The affiliate's main partner: its counterpart friendship society, or an NGO for a union. */
function partner(r: Rand, ws: DemoAffiliate): Json {
  const country = ws.countries[0];
  if (!country) {
    const [name, of] = r.pick(ngos);
    return { name, country: of, kind: 'ngo' };
  }
  return { name: `Hội hữu nghị ${countryName(country)} – Việt Nam`, country, kind: 'friendship_society' };
}

/**
 * Signs up the affiliates' secretariat, creates their workspaces under the demo tree, has the
 * demo user (VUFO) and the secretariat (its provincial unions) approve them, and loads their
 * history from January two years ago up to today.
 */
export async function loadDemoHistory(deps: AppDeps, demoCookie: string) {
  const today = localDate(nowOf(deps));
  const start = `${Number(today.slice(0, 4)) - 2}-01-01`;
  let clock = nowOf(deps);
  // No refresh after each change: loadDemo refreshes every workspace's figures once at the end.
  const app = createApp({ ...deps, now: () => clock, schedule: undefined });
  const origin = new URL(deps.config.publicUrl).origin;
  let cookie = '';
  const send = async (method: string, path: string, body: string | undefined, type = 'application/json', as = cookie) => {
    const res = await app.request(`/api${path}`, { method, headers: { origin, cookie: as, 'content-type': type }, body });
    if (!res.ok) throw new Error(`demo history: ${method} ${path} → ${res.status} ${await res.text()}`);
    return res;
  };
  const post = async (path: string, body?: Json, as?: string) => (await (await send('POST', path, body && JSON.stringify(body), undefined, as)).json()) as { id: string };

  const signUp = await send('POST', '/auth/sign-up/email', JSON.stringify(affiliatesAccount));
  cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
  const names = new Map([['vufo', 'Liên hiệp các tổ chức hữu nghị Việt Nam'], ...demoAffiliates.map((a): [string, string] => [a.slug, a.name])]);
  for (const { size: _s, city: _c, pending, ...fields } of demoAffiliates) {
    await post('/workspaces', fields);
    // VUFO's requests are decided by the demo user, its officer; the provincial unions' by their own secretariat.
    if (!pending) await post(`/w/${fields.parent}/affiliations/${fields.slug}/approve`, undefined, fields.parent === 'vufo' ? demoCookie : cookie);
  }
  for (const [i, ws] of demoAffiliates.entries()) {
    const r = seededRandom(4000 + i);
    const base = `/w/${ws.slug}`;
    clock = new Date(`${start}T09:00:00+07:00`);
    const partnerId = (await post(`${base}/partners`, partner(r, ws))).id;
    // Members: most joined over the ten years before, two in five during these three.
    const firstYear = Number(start.slice(0, 4));
    const members = sampleMembers(Math.round(ws.size * 60), { seed: 7000 + i, country: ws.countries[0] ?? 'JP', emailDomain: `${ws.slug}.example.vn` }).map((m) => ({
      ...m,
      joinedOn: `${r.chance(0.4) ? firstYear + r.int(0, 2) : firstYear - r.int(1, 10)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
    }));
    clock = nowOf(deps);
    await send('POST', `${base}/members/import`, demoCsv(members.map((m) => (m.joinedOn && m.joinedOn > today ? { ...m, joinedOn: today } : m))), 'text/csv; charset=utf-8');
    for (const [n, step] of history(r, ws, names.get(ws.parent)!, start, today).entries()) {
      clock = new Date(Date.parse(`${step.day}T09:00:00+07:00`) + n * 1000);
      await post(`${base}/${step.path}`, typeof step.body === 'function' ? step.body(partnerId) : step.body);
    }
  }
  const call = async (method: string, path: string, body: unknown, as: string) => {
    const res = await send(method, path, body === undefined ? undefined : JSON.stringify(body), undefined, as);
    return res.status === 204 ? undefined : res.json();
  };
  await loadDemoReporting(call, (day) => (clock = new Date(`${day}T09:00:00+07:00`)), demoAffiliates, demoCookie, cookie, today);
}
