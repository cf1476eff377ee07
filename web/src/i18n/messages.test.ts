import { describe, expect, test } from 'vitest';
import { fieldMessages } from '../../../shared/messages';
import { en } from './en';
import { vi } from './vi';

describe('translations', () => {
  test('every field-error key of shared/messages.ts has a Vietnamese and an English text', () => {
    const missing = Object.keys(fieldMessages).filter((key) => !(`field.${key}` in vi) || !(`field.${key}` in en));
    expect(missing).toEqual([]);
  });

  test('no text is left empty', () => {
    const empty = [...Object.entries(vi), ...Object.entries(en)].filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });
});
