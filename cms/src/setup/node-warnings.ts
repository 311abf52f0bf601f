import type { Core } from '@strapi/strapi';

// Once per process: tests start Strapi again and again in one process.
const LISTENING = Symbol.for('frageladan.node-warnings');

/**
 * Node's own warnings (a library's deprecation) go into the CMS's log, so that with JSON logs every
 * line stays JSON (production starts Node with --no-warnings, which keeps the plain-text copy out).
 */
export function logNodeWarnings(strapi: Core.Strapi): void {
  const state = process as NodeJS.Process & { [LISTENING]?: { strapi: Core.Strapi } };
  if (state[LISTENING]) {
    state[LISTENING].strapi = strapi;
    return;
  }
  const current = { strapi };
  state[LISTENING] = current;
  process.on('warning', (warning) => current.strapi.log.warn(`${warning.name}: ${warning.message}`));
}
