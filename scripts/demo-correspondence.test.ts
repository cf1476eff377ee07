import { describe, expect, it } from 'vitest';
import { testApp } from '../test/fixtures/app';
import { loadDemoCorrespondence } from './demo-correspondence';

describe('demo correspondence', () => {
  it('registers a year of letters and documents, numbered by the day they are dated', async () => {
    const t = await testApp({ now: () => new Date('2026-11-23T10:00:00+07:00') });
    const owner = await t.user('Nguyễn Thị Thu Hà');
    for (const [slug, code] of [['vufo', 'LHHN'], ['lhhn-nghe-an', 'LHHNNA'], ['vn-nhat-ban', 'HHNVN'], ['vn-cuba', 'HHNVC'], ['vn-lao', 'HHNVL']]) {
      expect((await owner.call('POST', '/api/workspaces', { name: slug, slug, kind: 'association', code })).status).toBe(201);
    }
    await loadDemoCorrespondence(t.deps, owner.cookie);

    const jp = await owner.call('GET', '/api/w/vn-nhat-ban/correspondence?direction=out&year=2026&limit=200');
    const normal = jp.body.items.filter((d: any) => d.series === 'normal');
    expect(normal.map((d: any) => d.number).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: normal.length }, (_, i) => i + 1));
    expect(normal.find((d: any) => d.template === 'relations-anniversary')).toMatchObject({ typeCode: 'TM', documentDate: '2026-09-18' });
    expect(normal.find((d: any) => d.template === 'relations-anniversary').subject).toContain('53 năm');
    expect(normal.filter((d: any) => d.status === 'void')).toHaveLength(1);
    expect(jp.body.items.some((d: any) => d.series === 'classified')).toBe(true);
    const byDate = [...normal].sort((a: any, b: any) => a.number - b.number).map((d: any) => d.documentDate);
    expect(byDate).toEqual([...byDate].sort());

    const followUp = await owner.call('GET', '/api/w/vn-nhat-ban/correspondence/follow-up');
    expect(followUp.body.items.length).toBeGreaterThan(0);
    expect(followUp.body.items[0].overdue).toBe(true);

    const cuba = await owner.call('GET', '/api/w/vn-cuba/correspondence?q=cach%20mang%20cuba');
    // 2025-11-25 (relations anniversary) took 1 of 2025; the 1 January letter of 2025-12-26 is 2.
    expect(cuba.body.items[0]).toMatchObject({ year: 2025, number: 2, symbol: '2/TM-HHNVC', documentDate: '2025-12-26' });
    expect(cuba.body.items[0].subject).toContain('kỷ niệm 67 năm');
    const book = await owner.call('GET', '/api/w/vn-cuba/correspondence/register.html?direction=out&year=2026');
    expect(book.body).toContain('1/KH-HHNVC');
  });
});
