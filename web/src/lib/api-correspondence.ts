import type { Direction, DocumentStatus, TypeCode } from '../../../shared/correspondence';
import { sendWithProgress } from './send';

/** The shapes of the correspondence and letter answers (API.md "Correspondence"), and the file upload they need. */

export type { AttachmentInfo, CorrespondenceDocument } from '../../../shared/correspondence';
export type { LetterTemplate, RenderedLetter, TemplateField } from '../../../shared/letters';

/** GET /correspondence filters. */
export interface DocumentQuery {
  direction?: Direction;
  year?: number;
  type?: TypeCode;
  q?: string;
  status?: DocumentStatus;
  limit?: number;
  cursor?: string;
}

/** POSTs `file` as the multipart field `file`, reporting how much has been sent (0 to 1). */
export function sendFile(url: string, file: File, onProgress: (sent: number) => void): Promise<Response> {
  const body = new FormData();
  body.append('file', file);
  return sendWithProgress(url, body, {}, onProgress);
}
