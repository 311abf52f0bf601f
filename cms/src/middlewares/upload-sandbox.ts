import path from 'node:path';
import { IMAGE_EXTENSIONS } from '../security/image-only';

/**
 * /uploads is served from the CMS's own origin. Whatever is in that folder (also files placed there
 * before the image-only check existed), nothing but an image is served, never sniffed as something
 * else, and in a sandbox that gives any document there no origin, so it could not call the admin API.
 */
export default () => {
  return async (ctx: { path: string; status: number; body: unknown; set(name: string, value: string): void }, next: () => Promise<void>) => {
    if (!ctx.path.startsWith('/uploads/')) return next();
    ctx.set('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'");
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (!IMAGE_EXTENSIONS.has(path.extname(ctx.path).toLowerCase())) {
      ctx.status = 404;
      ctx.body = 'Not Found';
      return;
    }
    await next();
  };
};
