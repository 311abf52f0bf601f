import { RateLimiterMemory } from 'rate-limiter-flexible';
import { messages } from '../messages';

/**
 * Failed log-ins per client, across every e-mail address: Strapi limits tries per address and
 * client, so one client could still try one password against many addresses. Only failures count,
 * so colleagues behind one office address are not locked out by each other's successful log-ins.
 * Kept in memory: nothing about a client is stored. Strapi's English refusals are answered in Swedish.
 */
const GUARDED = new Set(['/admin/login', '/admin/forgot-password', '/admin/reset-password', '/admin/register', '/admin/register-admin']);

interface Context {
  method: string;
  path: string;
  ip: string;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

export default (config: { failures?: number; windowSeconds?: number }) => {
  const limiter = new RateLimiterMemory({ points: config.failures ?? 10, duration: config.windowSeconds ?? 15 * 60 });
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || !GUARDED.has(ctx.path)) return next();
    const key = ctx.ip;
    const state = await limiter.get(key);
    if (state && state.remainingPoints <= 0) {
      const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      ctx.set('Retry-After', String(seconds));
      ctx.status = 429;
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: messages.account.tooManyAttempts(seconds), details: {} } };
      return;
    }
    try {
      await next();
    } catch (error) {
      // The log-in page shows the server's message as it is: Strapi's English answers in Swedish.
      if (error instanceof Error && messages.account.loginErrors[error.message]) {
        error.message = messages.account.loginErrors[error.message];
      }
      throw error;
    } finally {
      if (ctx.status >= 400 && ctx.status < 500) await limiter.penalty(key, 1);
    }
    const error = (ctx.body as { error?: { message?: unknown } } | undefined)?.error;
    if (error && typeof error.message === 'string' && messages.account.loginErrors[error.message]) {
      error.message = messages.account.loginErrors[error.message];
    }
  };
};
