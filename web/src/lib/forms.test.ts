import { describe, expect, test } from 'vitest';
import { workspaceCreate } from '../../../shared/workspace';
import { ApiError } from './api';
import { countryList, parseWhole, validate } from './forms';

describe('countryList', () => {
  test('accepts commas, spaces and lower case', () => {
    expect(countryList(' jp, LA  cu;')).toEqual(['JP', 'LA', 'CU']);
    expect(countryList('')).toEqual([]);
  });
});

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
}

describe('validate', () => {
  test('fails with the field errors the server would send', () => {
    const error = thrownBy(() => validate(workspaceCreate, { name: 'H', slug: 'A B', kind: 'club', countries: ['JPN'] }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).errors.map((e) => [e.path, e.code])).toEqual([
      ['name', 'too_short'],
      ['slug', 'slug_format'],
      ['kind', 'invalid_value'],
      ['countries.0', 'country_format'],
    ]);
  });
});

describe('parseWhole', () => {
  test('reads whole numbers with any thousands separator', () => {
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('  ')).toBeNull();
    expect(parseWhole('656700000000')).toBe(656_700_000_000);
    expect(parseWhole('656.700.000.000')).toBe(656_700_000_000);
    expect(parseWhole('656,700,000,000')).toBe(656_700_000_000);
    expect(parseWhole('1 500 000')).toBe(1_500_000);
  });

  test('refuses decimals and words, so the schema can say why', () => {
    expect(parseWhole('1,5')).toBeNaN();
    expect(parseWhole('1.500,5')).toBeNaN();
    expect(parseWhole('-3')).toBeNaN();
    expect(parseWhole('ba')).toBeNaN();
  });
});
