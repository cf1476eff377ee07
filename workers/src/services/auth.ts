import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import * as schema from '../../../db/catalog/schema';
import type { AppDeps } from '../deps';
import { quietly } from './auth-storage';
import { hashPassword, verifyPassword } from './password';

/**
 * better-auth, configured for Amity: e-mail + password, sessions in the catalog. Amity uses
 * two of its doors — its HTTP handler and the session lookup — each run `quietly`.
 */
export function createAuth(deps: AppDeps) {
  const auth = configure(deps);
  return {
    handler: (request: Request) => quietly(() => auth.handler(request)),
    /** The session of a request's cookie, with the Set-Cookie headers of a sliding refresh. */
    getSession: (headers: Headers) => quietly(() => auth.api.getSession({ headers, returnHeaders: true })),
  };
}

function configure(deps: AppDeps) {
  const { config } = deps;
  return betterAuth({
    appName: 'Amity',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [new URL(config.publicUrl).origin],
    telemetry: { enabled: false },
    logger: { level: 'error' },
    // Amity counts failed sign-ins itself (middleware/rate-limit.ts), as API.md specifies.
    rateLimit: { enabled: false },
    database: drizzleAdapter(deps.catalog, { provider: 'sqlite', usePlural: true, schema }),
    user: {
      additionalFields: { locale: { type: 'string', required: false, defaultValue: 'vi', input: false } },
    },
    session: {
      // Sliding idle expiry; the absolute limit is enforced in middleware/auth.ts.
      expiresIn: config.sessionIdleSeconds,
      updateAge: Math.min(24 * 3600, Math.floor(config.sessionIdleSeconds / 2)),
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 200,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      password: {
        hash: (password) => hashPassword(password, config.passwordIterations),
        verify: ({ hash, password }) => verifyPassword(hash, password),
      },
      sendResetPassword: async ({ user, token }) => {
        const url = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await deps.mailer.send({
          to: user.email,
          subject: 'Amity: đặt lại mật khẩu / reset your password',
          text:
            `Xin chào ${user.name},\n\nĐể đặt lại mật khẩu Amity, hãy mở liên kết sau (hiệu lực 1 giờ):\n${url}\n\n` +
            `Hello ${user.name},\n\nTo reset your Amity password, open this link (valid for 1 hour):\n${url}\n\n` +
            'Nếu bạn không yêu cầu, hãy bỏ qua thư này. If you did not ask for this, ignore this message.',
        });
      },
    },
    advanced: {
      database: { generateId: () => crypto.randomUUID() },
      useSecureCookies: config.publicUrl.startsWith('https:'),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
