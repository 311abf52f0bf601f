import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicShapes } from '../content-api/public-shapes';
import { PublicQueryError, toPublicQuery } from '../content-api/public-query';

/**
 * Route middleware on every content-API read (find and findOne) of the public types: the query that
 * reaches the controller is the one the server allows, whatever token and parameters the caller used.
 */
export default (config: { uid: string; single?: boolean }, _: { strapi: Core.Strapi }) => {
  const shape = publicShapes[config.uid];
  if (!shape) throw new Error(`public-read: no public shape for ${config.uid}`);
  return async (ctx: { query: Record<string, unknown> }, next: () => Promise<void>) => {
    try {
      const allowed = toPublicQuery(ctx.query ?? {}, shape, Boolean(config.single));
      // Replaced in place: Koa's query setter would round-trip the objects through a query string.
      for (const key of Object.keys(ctx.query)) delete ctx.query[key];
      Object.assign(ctx.query, allowed);
    } catch (error) {
      if (error instanceof PublicQueryError) throw new errors.ValidationError(error.message);
      throw error;
    }
    await next();
  };
};
