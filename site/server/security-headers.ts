/**
 * Headers on every response of the site. The Content-Security-Policy allows scripts only as files
 * from the site itself (the build emits no inline script: see `assetsInlineLimit` in
 * astro.config.ts), so a link or markup that slipped past the CMS and the build's checks cannot run
 * code. Pagefind's search compiles WebAssembly, hence 'wasm-unsafe-eval'. Styles are inlined into
 * each page for speed, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
