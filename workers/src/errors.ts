import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { Problem } from '../../shared/problem';
import { fieldMessages } from '../../shared/messages';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

type FieldError = { path: string; message: string; code?: string };

/** The one error class: anything thrown as ApiError reaches the client as problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }

  static notFound(what = 'resource'): ApiError {
    return new ApiError(404, 'not_found', `No such ${what}.`);
  }
}

export function problemBody(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `urn:amity:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(status: number, code: string, detail: string, errors?: FieldError[], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(status, code, detail, errors)), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** Zod issues → API field errors: the shared schemas use message keys that the UI translates. */
export function fieldErrors(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const key = fieldMessages[issue.message] ? issue.message : issue.code;
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { path, message: fieldMessages[issue.message] ?? issue.message, code: key };
  });
}

export function validationError(error: ZodError, prefix = ''): ApiError {
  return new ApiError(422, 'validation_failed', 'Some fields are not valid.', fieldErrors(error, prefix));
}

/** A 422 about one field; `code` is a key of shared/messages.ts, whose sentence is the default message. */
export function invalidField(path: string, code: string, message = fieldMessages[code] ?? code): ApiError {
  return new ApiError(422, 'validation_failed', 'Some fields are not valid.', [{ path, message, code }]);
}

/**
 * Every error answer is problem+json and carries the request's id (X-Request-Id), which is also
 * in the log line of a 500: what someone reporting a problem can quote.
 */
export function onError(err: Error, c: Context): Response {
  const id: string | undefined = c.get('requestId');
  const idHeader: Record<string, string> = id ? { 'x-request-id': id } : {};
  if (err instanceof ApiError) return problemResponse(err.status, err.code, err.detail, err.errors, { ...err.headers, ...idHeader });
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'too_large' : status === 400 ? 'malformed' : `http_${status}`;
    return problemResponse(status, code, err.message || titles[status] || 'Error', undefined, idHeader);
  }
  console.error(`[${id ?? '-'}]`, err);
  return problemResponse(500, 'internal', 'Something went wrong on our side. It has been logged.', undefined, idHeader);
}
