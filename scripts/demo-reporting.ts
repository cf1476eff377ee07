import type { DemoAffiliate } from './demo-affiliates';

/** Calls the demo app as `as` (a session cookie); answers the parsed JSON body. */
export type DemoCall = (method: string, path: string, body: unknown, as: string) => Promise<unknown>;

const narrative = (name: string) => ({
  results: `${name} đã tổ chức các hoạt động giao lưu hữu nghị, gặp mặt kỷ niệm và đón tiếp các đoàn bạn theo đúng kế hoạch; công tác phát triển hội viên được duy trì.`,
  limitations: 'Kinh phí hoạt động còn hạn chế; việc vận động viện trợ phi chính phủ nước ngoài chưa tương xứng với tiềm năng.',
  plans: 'Tiếp tục củng cố tổ chức, mở rộng quan hệ với các đối tác, tổ chức kỷ niệm các ngày lễ lớn của hai nước.',
  proposals: 'Đề nghị Liên hiệp hỗ trợ kết nối với các đối tác nước ngoài và hướng dẫn thủ tục tiếp nhận viện trợ.',
});

/**
 * VUFO's reporting season, in the past whatever the month: last year's second-half and annual
 * reports with deadlines in January, five children on time, three late, the rest missing; and
 * this year's emulation clusters (associations in one, provincial unions in the other).
 */
export async function loadDemoReporting(call: DemoCall, setDay: (day: string) => void, affiliates: DemoAffiliate[], demoCookie: string, cookie: string, today: string) {
  const year = Number(today.slice(0, 4));
  const periods = [`${year - 1}-H2`, `${year - 1}`];
  await call('PUT', `/w/vufo/deadlines/${periods[0]}`, { dueOn: `${year}-01-15` }, demoCookie);
  await call('PUT', `/w/vufo/deadlines/${periods[1]}`, { dueOn: `${year}-01-31` }, demoCookie);
  const children = affiliates.filter((a) => a.parent === 'vufo' && !a.pending);
  for (const [i, ws] of children.slice(0, 8).entries()) {
    setDay(i < 5 ? `${year}-01-${10 + i}` : `${year}-02-0${i - 3}`);
    for (const period of periods) {
      const report = (await call('POST', `/w/${ws.slug}/reports`, { period }, cookie)) as { id: string };
      await call('PATCH', `/w/${ws.slug}/reports/${report.id}`, narrative(ws.name), cookie);
      await call('POST', `/w/${ws.slug}/reports/${report.id}/submit`, undefined, cookie);
    }
  }
  const { unplaced } = (await call('GET', `/w/vufo/clusters?year=${year}`, undefined, demoCookie)) as { unplaced: { id: string; kind: string }[] };
  const clusters = [
    { name: 'Cụm số 1 — Các hội hữu nghị song phương', kind: 'association' },
    { name: 'Cụm số 2 — Liên hiệp các tỉnh, thành phố', kind: 'union' },
  ];
  for (const { name, kind } of clusters) {
    const cluster = (await call('POST', '/w/vufo/clusters', { year, name }, demoCookie)) as { id: string };
    const workspaceIds = unplaced.filter((w) => w.kind === kind).map((w) => w.id);
    await call('PUT', `/w/vufo/clusters/${cluster.id}/members`, { workspaceIds }, demoCookie);
  }
}
