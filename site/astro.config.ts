import node from '@astrojs/node';
import { readSettings } from '@frageladan/config/settings-kit';
import { sharedSettings } from '@frageladan/config/shared-settings';
import { defineConfig } from 'astro/config';

// Pages are prerendered from the CMS at build time; the node adapter (middleware mode) serves the
// few on-demand routes from site/server/site.ts, which also swaps in each new build atomically.
const { siteUrl } = readSettings('Webbplatsen', { siteUrl: sharedSettings.siteUrl }, process.env, false);

export default defineConfig({
  site: siteUrl,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'ignore',
  build: { format: 'file', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
});
