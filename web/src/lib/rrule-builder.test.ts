import { describe, expect, test } from 'vitest';
import { noRepeat, previewOf, repeatChoiceOf, ruleOf } from './rrule-builder';

const zone = 'Asia/Ho_Chi_Minh';

describe('repeat choices', () => {
  test('become a rule and come back from the stored one', () => {
    expect(ruleOf(noRepeat)).toBeNull();
    expect(ruleOf({ ...noRepeat, repeat: 'YEARLY', count: ' 10 ' })).toBe('FREQ=YEARLY;COUNT=10');
    expect(ruleOf({ ...noRepeat, repeat: 'WEEKLY', end: 'until', until: '2026-12-31' })).toBe('FREQ=WEEKLY;UNTIL=20261231');
    expect(repeatChoiceOf('FREQ=YEARLY;COUNT=10', zone)).toEqual({ ...noRepeat, repeat: 'YEARLY', count: '10' });
    // The server keeps UNTIL in UTC: 23:59:59 in Hanoi on 31 December is 16:59:59Z.
    expect(repeatChoiceOf('FREQ=MONTHLY;UNTIL=20261231T165959Z', zone)).toEqual({ ...noRepeat, repeat: 'MONTHLY', end: 'until', until: '2026-12-31' });
  });

  test('keep a rule they cannot express as its text', () => {
    const rule = 'FREQ=MONTHLY;BYDAY=1MO;COUNT=12';
    expect(repeatChoiceOf(rule, zone)).toEqual({ ...noRepeat, repeat: 'custom', custom: rule });
    expect(ruleOf(repeatChoiceOf(rule, zone))).toBe(rule);
  });
});

describe('previewOf', () => {
  test('gives the first dates and the count, on the event clock', () => {
    const preview = previewOf('FREQ=YEARLY;COUNT=3', '2026-09-02T08:00', zone);
    expect(preview).toEqual({ ok: true, total: 3, starts: [2026, 2027, 2028].map((y) => Date.parse(`${y}-09-02T01:00:00Z`)) });
  });

  test('names what is wrong, with the shared error keys', () => {
    expect(previewOf('FREQ=MONTHLY', '2026-09-02T08:00', zone)).toEqual({ ok: false, error: 'rrule_unbounded' });
    expect(previewOf('FREQ=WEEKLY;COUNT=600', '2026-09-02T08:00', zone)).toEqual({ ok: false, error: 'rrule_too_many' });
    expect(previewOf('FREQ=YEARLY;COUNT=3', '2026-09-02', zone)).toEqual({ ok: false, error: 'date_time_format' });
    expect(previewOf('FREQ=YEARLY;COUNT=3', '2026-09-02T08:00', 'Mars/Base')).toEqual({ ok: false, error: 'time_zone_invalid' });
  });
});
