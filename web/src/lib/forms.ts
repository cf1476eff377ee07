import type { z } from 'zod';
import { fieldMessages } from '../../../shared/messages';
import { ApiError } from './api';

/** What a router action receives from a submitted form. */
export type FormInput = FormData | URLSearchParams;

/**
 * Parses `input` with a shared schema. A failure throws the same 422 ApiError the server
 * would answer with, so forms show client and server field errors the same way.
 */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    code: issue.message in fieldMessages ? issue.message : issue.code,
  }));
  throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', errors);
}

/** A submitted field as text ('' when absent). */
export function text(form: FormInput, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** A submitted optional field: trimmed text, or undefined when left empty. */
export function optional(form: FormInput, name: string): string | undefined {
  return text(form, name).trim() || undefined;
}

/** A submitted field as trimmed text, or null when left empty (so that saving clears it). */
export function orNull(form: FormInput, name: string): string | null {
  return text(form, name).trim() || null;
}

/**
 * A typed whole number: '' → null; digits with spaces, dots or commas between them → the
 * number; anything else → NaN, which the shared schema refuses with the field's own message.
 */
export function parseWhole(typed: string): number | null {
  const value = typed.trim();
  if (!value) return null;
  return /^\d{1,3}([ .,\u00a0\u202f]?\d{3})*$/.test(value) ? Number(value.replace(/\D/g, '')) : Number.NaN;
}

/** "jp, LA cu" → ['JP', 'LA', 'CU']: people type country codes with commas, spaces or both. */
export function countryList(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase());
}
