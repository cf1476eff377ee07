/**
 * POSTs `body`, reporting how much has been sent (0 to 1). XMLHttpRequest because fetch cannot
 * report upload progress. Resolves to the answer as a Response, so it is read like any other;
 * rejects only when there was no answer at all.
 */
export function sendWithProgress(url: string, body: XMLHttpRequestBodyInit, headers: Record<string, string>, onProgress: (sent: number) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve(new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' } }));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}
