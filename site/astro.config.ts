import node from '@astrojs/node';
import { readSettings } from '@frageladan/config/settings-kit';
import { sharedSettings } from '@frageladan/config/shared-settings';
import { defineConfig } from 'astro/config';
import { MAX_FORM_BYTES } from './server/intake/body-limit.ts';

// Lists, feed and the other pages are prerendered at build time; the node adapter (middleware mode)
// serves the question pages and the few other on-demand routes from site/server/site.ts, which also
// swaps in each new build atomically.
const { siteUrl } = readSettings('Webbplatsen', { siteUrl: sharedSettings.siteUrl }, process.env, false);

export default defineConfig({
  site: siteUrl,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // server/build.ts keeps the incremental cache with the releases it was made for.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  adapter: node({ mode: 'middleware', bodySizeLimit: MAX_FORM_BYTES }),
  trailingSlash: 'ignore',
  build: { format: 'file', inlineStylesheets: 'always', concurrency: 4 },
  // Every script a file of its own, never inlined into a page: the Content-Security-Policy
  // (server/security-headers.ts) allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  // site/server/site.ts refuses cross-site posts for every route itself (same-origin.ts); Astro's
  // own check compares against the URL it rebuilds from Host, which is wrong behind a TLS proxy.
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
  prefetch: false,
  // Pages whose data is unchanged (their cacheKey) are copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
});
