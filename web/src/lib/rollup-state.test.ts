import { describe, expect, test, vi } from 'vitest';

// The month helpers come from event-time.ts, whose i18n import reads the stored language.
vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('document', { documentElement: {} });
const { monthsBetween, presetOf, presetRange, rollupHref, rollupQuery, rollupState } = await import('./rollup-state');
const { searchWithGroup } = await import('./api-rollup');

describe('union dashboard state', () => {
  test('presets end this month: the year so far, 12 and 36 months', () => {
    expect(presetRange('year', '2026-11')).toEqual({ from: '2026-01', to: '2026-11' });
    expect(presetRange('year', '2026-01')).toEqual({ from: '2026-01', to: '2026-01' });
    expect(presetRange('12m', '2026-11')).toEqual({ from: '2025-12', to: '2026-11' });
    expect(presetRange('36m', '2026-02')).toEqual({ from: '2023-03', to: '2026-02' });
    expect(presetOf({ from: '2025-12', to: '2026-11' }, '2026-11')).toBe('12m');
    expect(presetOf({ from: '2025-11', to: '2026-11' }, '2026-11')).toBeUndefined();
  });

  test('is read from the address, with defaults for what is missing or unreadable', () => {
    expect(rollupState({}, '2026-11')).toEqual({ from: '2026-01', to: '2026-11', groupBy: 'kind', group: undefined, indicator: 'events' });
    expect(rollupState({ from: '2024-13', to: 'soon', groupBy: 'planet', indicator: 'secrets' }, '2026-11')).toMatchObject({ from: '2026-01', to: '2026-11', groupBy: 'kind', indicator: 'events' });
    // Backwards is read forwards; an empty group is a real one (no partner country).
    expect(rollupState({ from: '2026-05', to: '2025-02', groupBy: 'country', group: '', indicator: 'members_new' }, '2026-11')).toEqual({
      from: '2025-02',
      to: '2026-05',
      groupBy: 'country',
      group: '',
      indicator: 'members_new',
    });
  });

  test('links keep the filters and an empty drill-down group, which the API query keeps too', () => {
    const state = rollupState({ from: '2025-01', to: '2025-12', indicator: 'participants' }, '2026-11');
    expect(rollupHref('/w/vufo', state, { groupBy: 'country', group: '' })).toBe('/w/vufo/rollup?from=2025-01&to=2025-12&groupBy=country&indicator=participants&group=');
    expect(rollupHref('/w/vufo', { ...state, group: 'JP' }, { group: undefined })).toBe('/w/vufo/rollup?from=2025-01&to=2025-12&groupBy=kind&indicator=participants');
    expect(searchWithGroup(rollupQuery({ ...state, group: '' }, 'country'))).toBe('?from=2025-01&to=2025-12&groupBy=country&group=');
    expect(searchWithGroup(rollupQuery(state, 'month', undefined))).toBe('?from=2025-01&to=2025-12&groupBy=month');
  });

  test('a period is every month from the first to the last', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
  });
});
