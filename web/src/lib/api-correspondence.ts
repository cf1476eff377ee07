import type { Direction, DocumentStatus, TypeCode } from '../../../shared/correspondence';

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

/**
 * POSTs `file` as the multipart field `file`, reporting how much has been sent (0 to 1).
 * XMLHttpRequest because fetch cannot report upload progress. Resolves to the answer as a
 * Response, so it is read like any other; rejects only when there was no answer at all.
 */
export function sendFile(url: string, file: File, onProgress: (sent: number) => void): Promise<Response> {
  const body = new FormData();
  body.append('file', file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve(new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' } }));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}
