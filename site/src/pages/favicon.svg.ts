import type { APIRoute } from 'astro';
import serviceConfig from '@frageladan/config';

/** The site's icon in the municipality's own colours from config/. */
export const GET: APIRoute = () => {
  const { primary, primaryText } = serviceConfig.colours;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${primary}"/><text x="16" y="23" font-family="sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="${primaryText}">?</text></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
