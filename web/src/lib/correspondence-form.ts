import { z } from 'zod';
import type { LetterTemplate, TemplateField } from './api';
import { optional, parseWhole, text, type FormInput } from './forms';

/** The correspondence forms as the bodies the shared schemas check (shared/correspondence.ts, shared/letters.ts). */

/** A new register entry; fields left empty are left out, so the server's defaults apply. */
export function documentInput(form: FormInput) {
  const common = {
    subject: text(form, 'subject'),
    typeCode: optional(form, 'typeCode'),
    documentDate: optional(form, 'documentDate'),
    urgency: optional(form, 'urgency'),
    classification: optional(form, 'classification'),
    notes: optional(form, 'notes'),
    partnerId: optional(form, 'partnerId'),
  };
  if (text(form, 'direction') === 'in') {
    return {
      ...common,
      direction: 'in',
      sender: text(form, 'sender'),
      senderRef: optional(form, 'senderRef'),
      receivedOn: optional(form, 'receivedOn'),
      assignee: optional(form, 'assignee'),
      deadline: optional(form, 'deadline'),
    };
  }
  return {
    ...common,
    direction: 'out',
    signer: optional(form, 'signer'),
    recipients: optional(form, 'recipients'),
    filedWith: optional(form, 'filedWith'),
    copies: parseWhole(text(form, 'copies')) ?? undefined,
    language: optional(form, 'language')?.toLowerCase(),
  };
}

/** The chosen file of an attachment form, checked as the server would before it is sent. */
export const attachmentFile = z.object({
  file: z
    .instanceof(File, { message: 'file_required' })
    .refine((f) => f.name !== '', { message: 'file_required', abort: true })
    .refine((f) => f.size > 0, { message: 'file_empty' }),
});

/** Sets `value` at a dotted path: ('partner.name', 'X') → { partner: { name: 'X' } }. */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}

/** One template field as submitted; undefined when an optional one was left empty. */
function fieldValue(form: FormInput, field: TemplateField) {
  if (field.kind !== 'bilingual') return text(form, field.path).trim() || (field.required ? '' : undefined);
  const pair = { vi: text(form, `${field.path}.vi`).trim(), en: text(form, `${field.path}.en`).trim() };
  return pair.vi || pair.en || field.required ? pair : undefined;
}

/** The letter form as the nested body `letterRequest` checks, one value per field of the template. */
export function letterInput(form: FormInput, template: LetterTemplate) {
  const body: Record<string, unknown> = { template: template.id, details: {} };
  for (const field of template.fields) {
    const value = fieldValue(form, field);
    if (value !== undefined) setPath(body, field.path, value);
  }
  return body;
}
