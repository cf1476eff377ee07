import { action } from '@solidjs/router';
import { documentCreate, maxAttachmentBytes } from '../../../shared/correspondence';
import { letterRequest } from '../../../shared/letters';
import { ApiError, api, type LetterTemplate } from './api';
import { attachmentFile, documentInput, letterInput } from './correspondence-form';
import { optional, validate, type FormInput } from './forms';

/** What can be done to the registers: register, void, link a reply, attach files, issue letters. */

// Actions that validate are async: a synchronous throw would escape the router's submission.
export const createDocumentAction = action(async (slug: string, form: FormInput) => api.createDocument(slug, validate(documentCreate, documentInput(form))), 'createDocument');

export const voidDocumentAction = action((slug: string, id: string, form: FormInput) => api.voidDocument(slug, id, optional(form, 'reason')), 'voidDocument');

export const linkReplyAction = action((slug: string, id: string, replyId: string | null) => api.linkReply(slug, id, replyId), 'linkReply');

/** Uploads the form's file, telling `onProgress` how much has been sent (0 to 1). */
export const uploadAttachmentAction = action(async (slug: string, id: string, onProgress: (sent: number) => void, form: FormInput) => {
  const { file } = validate(attachmentFile, { file: form.get('file') });
  // The server would refuse it too, but only after the whole file had been sent.
  if (file.size > maxAttachmentBytes) throw new ApiError(413, 'too_large', 'An attachment can be at most 20 MB.');
  return api.uploadAttachment(slug, id, file, onProgress);
}, 'uploadAttachment');

export const deleteAttachmentAction = action((slug: string, id: string, aid: string) => api.deleteAttachment(slug, id, aid), 'deleteAttachment');

/** Previews or issues a letter; one action, so the letter page shows whichever came last. */
export const letterAction = action(async (slug: string, template: LetterTemplate, mode: 'preview' | 'issue', form: FormInput) => {
  const input = validate(letterRequest, letterInput(form, template));
  return mode === 'preview' ? { mode, letter: await api.previewLetter(slug, input) } : { mode, document: await api.issueLetter(slug, input) };
}, 'letter');
