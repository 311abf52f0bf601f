import node from '@astrojs/node';
import serviceConfig from '@frageladan/config';
import { defineConfig } from 'astro/config';

// Pages are prerendered from the CMS at build time; the node adapter (middleware mode) serves the
// few on-demand routes from site/server/site.ts, which also swaps in each new build atomically.
export default defineConfig({
  site: serviceConfig.urls.site,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'ignore',
  build: { format: 'file', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
});
