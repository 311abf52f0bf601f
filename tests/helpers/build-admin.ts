import { buildCmsIfChanged } from '../../scripts/lib/cms-build.ts';

/**
 * The browser tests that drive the desk need the admin panel built: `strapi build`, once per run,
 * and only when cms/ or config/ changed since the last build (`npm start` shares the same stamp).
 */
export default function buildAdmin(): void {
  buildCmsIfChanged(process.env, { admin: true });
}
