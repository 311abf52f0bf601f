import type { Core } from '@strapi/strapi';

/**
 * What the editor roles may do beyond Strapi's defaults, re-applied on every start so that a box
 * ticked by mistake in Settings › Roles does not survive a restart. Editors get no Media Library:
 * nothing in the model needs media, and an upload is served from the CMS's own origin.
 */
const EDITOR_ROLES = ['strapi-editor', 'strapi-author'];
const FORBIDDEN_ACTION_PREFIXES = ['plugin::upload.'];

export async function restrictEditorRoles(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db.query('admin::role').findMany({ where: { code: { $in: EDITOR_ROLES } }, select: ['id'] })) as Array<{
    id: number;
  }>;
  if (roles.length === 0) return;
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { role: { id: { $in: roles.map((r) => r.id) } } },
    select: ['id', 'action'],
  })) as Array<{ id: number; action: string }>;
  const forbidden = permissions.filter((p) => FORBIDDEN_ACTION_PREFIXES.some((prefix) => p.action.startsWith(prefix)));
  if (forbidden.length > 0) {
    await strapi.service('admin::permission').deleteByIds(forbidden.map((p) => p.id));
  }
}
