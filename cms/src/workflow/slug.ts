import type { Core } from '@strapi/strapi';

/**
 * The admin fills uid fields in the browser; questions created or retitled through the API or the
 * seed get their slug here, unique among questions, from the edited title.
 */
export async function fillSlug(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<void> {
  if (data.slug || typeof data.title !== 'string' || !data.title.trim()) return;
  // Swedish readers expect å and ä to become a and ö to become o, not the German ae and oe.
  const title = data.title.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');
  data.slug = await strapi
    .plugin('content-manager')
    .service('uid')
    .generateUIDField({ contentTypeUID: uid, field: 'slug', data: { ...data, title }, locale: undefined });
}
