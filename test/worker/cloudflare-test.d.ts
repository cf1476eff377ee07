// The part of `cloudflare:test` (@cloudflare/vitest-pool-workers) the Worker suite uses,
// declared here because its own types need the Workers globals, which clash with the DOM
// types the rest of the project type-checks with.
declare module 'cloudflare:test' {
  export const SELF: { fetch(input: string, init?: RequestInit): Promise<Response> };
  /** The bindings test/worker/vitest.config.ts gives the Worker. */
  export const env: import('../../workers/src/worker').WorkerEnv;
  export function createExecutionContext(): { waitUntil(promise: Promise<unknown>): void };
  export function waitOnExecutionContext(ctx: { waitUntil(promise: Promise<unknown>): void }): Promise<void>;
}
