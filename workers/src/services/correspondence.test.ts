import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { memoryClient, tenantDb } from '../../../db';
import { initTenant } from '../../../db/provider';
import { documents } from '../../../db/tenant/schema';
import type { Classification, Direction } from '../../../shared/correspondence';
import { seriesOf } from '../../../shared/correspondence';
import { countDocuments, isNumberClash, registerDocument, registration, searchTextOf, symbolSuffix } from './correspondence';
import { newId } from './ids';

const actor = { id: 'u1', name: 'Nguyễn Thị Thu Hà', email: 'ha@example.vn', locale: 'vi' };

async function freshDb() {
  const client = memoryClient();
  await initTenant(client);
  return tenantDb(client);
}

function register(db: Awaited<ReturnType<typeof freshDb>>, direction: Direction, at: string, classification: Classification = 'none') {
  const when = new Date(at);
  return registerDocument(
    db,
    actor,
    {
      id: newId(),
      direction,
      series: seriesOf(classification),
      classification,
      urgency: 'normal',
      subject: 'Trích yếu',
      typeCode: direction === 'out' ? 'CV' : null,
      sender: direction === 'in' ? 'VUFO' : null,
      ...registration(when),
      createdAt: when,
      updatedAt: when,
    },
    direction === 'out' ? symbolSuffix('CV', 'HHNVN') : null,
  );
}

describe('registration', () => {
  it('takes the year and day from the workspace’s zone', () => {
    expect(registration(new Date('2026-12-31T16:30:00Z'))).toMatchObject({ year: 2026, registeredOn: '2026-12-31' });
    expect(registration(new Date('2026-12-31T17:10:00Z'))).toMatchObject({ year: 2027, registeredOn: '2027-01-01' });
  });

  it('numbers in the same statement that inserts, with symbol and search text', async () => {
    const db = await freshDb();
    const a = await register(db, 'out', '2026-03-01T09:00:00+07:00');
    const b = await register(db, 'out', '2026-03-01T09:05:00+07:00');
    expect([a.number, a.symbol, b.number, b.symbol]).toEqual([1, '1/CV-HHNVN', 2, '2/CV-HHNVN']);
    expect(b.searchText).toBe(searchTextOf({ subject: b.subject, symbol: b.symbol }));
    expect(b.searchText).toBe('trich yeu 2/cv-hhnvn');
  });

  it('has a unique index behind the numbering', async () => {
    const db = await freshDb();
    const a = await register(db, 'in', '2026-03-01T09:00:00+07:00');
    const [row] = await db.select().from(documents).where(eq(documents.id, a.id));
    const clash = await db
      .insert(documents)
      .values({ ...row, id: newId() })
      .then(() => null, (err: unknown) => err);
    expect(clash).toBeTruthy();
    expect(isNumberClash(clash)).toBe(true);
    expect(isNumberClash(new Error('UNIQUE constraint failed: documents.id'))).toBe(false);
  });
});

describe('countDocuments', () => {
  it('counts both registers in a range, classified included, void left out', async () => {
    const db = await freshDb();
    await register(db, 'out', '2026-01-01T08:00:00+07:00');
    await register(db, 'out', '2026-03-01T08:00:00+07:00', 'top_secret');
    const voided = await register(db, 'out', '2026-03-02T08:00:00+07:00');
    await db.update(documents).set({ status: 'void' }).where(eq(documents.id, voided.id));
    await register(db, 'in', '2026-06-30T23:59:00+07:00', 'confidential');
    await register(db, 'in', '2026-07-01T00:01:00+07:00');
    await register(db, 'in', '2025-12-31T23:59:00+07:00');
    expect(await countDocuments(db, { from: '2026-01-01', to: '2026-06-30' })).toEqual({ documents_out: 2, documents_in: 1 });
    expect(await countDocuments(db, { from: '2026-07-01', to: '2026-12-31' })).toEqual({ documents_out: 0, documents_in: 1 });
    expect(await countDocuments(db, { from: '2030-01-01', to: '2030-12-31' })).toEqual({ documents_out: 0, documents_in: 0 });
  });
});
