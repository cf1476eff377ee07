import { describe, expect, test } from 'vitest';
import { slugPattern } from '../../../shared/workspace';
import { slugify } from './slug';

describe('slugify', () => {
  test('drops Vietnamese diacritics and turns đ into d', () => {
    expect(slugify('Hội hữu nghị Việt Nam – Nhật Bản')).toBe('hoi-huu-nghi-viet-nam-nhat-ban');
    expect(slugify('Đoàn Đà Nẵng')).toBe('doan-da-nang');
  });

  test('gives an address the server accepts, even from a long name', () => {
    const long = slugify('Liên hiệp các tổ chức hữu nghị tỉnh Thừa Thiên Huế và các tỉnh lân cận');
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long).toMatch(slugPattern);
  });
});
