import type { Core } from '@strapi/strapi';
import { DESK_ACTIONS } from '../plugins/desk/shared/permissions';

/**
 * What the editor roles may do beyond Strapi's defaults, re-applied on every start so that a box
 * ticked by mistake in Settings › Roles does not survive a restart. Editors get no Media Library:
 * nothing in the model needs media, and an upload is served from the CMS's own origin. Editors
 * reach questions and answers only through the desk (the plugin in src/plugins/desk), never through
 * the content manager; topics, style templates and referrals stay there.
 */
const EDITOR_ROLES = ['strapi-editor', 'strapi-author'];
const FORBIDDEN_ACTION_PREFIXES = ['plugin::upload.'];
const DESK_ONLY_SUBJECTS = ['api::question.question', 'api::answer.answer'];
const CONTENT_MANAGER = 'plugin::content-manager.explorer.';
/** The desk's actions each role gets: authors write, editors also review and publish. */
const DESK_GRANTS: Record<string, readonly string[]> = {
  'strapi-editor': Object.values(DESK_ACTIONS),
  'strapi-author': [DESK_ACTIONS.read, DESK_ACTIONS.work],
};

/** Strapi's English names for its roles, as editors see them on their profile, in Swedish. */
const ROLE_NAMES: Record<string, [english: string, swedish: string]> = {
  'strapi-super-admin': ['Super Admin', 'Administratör'],
  'strapi-editor': ['Editor', 'Redaktör'],
  'strapi-author': ['Author', 'Skribent'],
};

interface Permission {
  id: number;
  action: string;
  subject: string | null;
  role?: { id: number } | null;
}

export async function restrictEditorRoles(strapi: Core.Strapi): Promise<void> {
  // Only Strapi's own English names: a name an administrator chose stays.
  for (const [code, [english, swedish]] of Object.entries(ROLE_NAMES)) {
    await strapi.db.query('admin::role').updateMany({ where: { code, name: english }, data: { name: swedish } });
  }
  const roles = (await strapi.db.query('admin::role').findMany({ where: { code: { $in: EDITOR_ROLES } }, select: ['id', 'code'] })) as Array<{
    id: number;
    code: string;
  }>;
  if (roles.length === 0) return;
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { role: { id: { $in: roles.map((r) => r.id) } } },
    select: ['id', 'action', 'subject'],
    populate: { role: { select: ['id'] } },
  })) as Permission[];
  const forbidden = permissions.filter(
    (p) =>
      FORBIDDEN_ACTION_PREFIXES.some((prefix) => p.action.startsWith(prefix)) ||
      (p.action.startsWith(CONTENT_MANAGER) && p.subject !== null && DESK_ONLY_SUBJECTS.includes(p.subject)),
  );
  if (forbidden.length > 0) {
    await strapi.service('admin::permission').deleteByIds(forbidden.map((p) => p.id));
  }
  const missing = roles.flatMap((role) =>
    (DESK_GRANTS[role.code] ?? [])
      .filter((action) => !permissions.some((p) => p.role?.id === role.id && p.action === action))
      .map((action) => ({ action, subject: null, properties: {}, conditions: [], role: role.id })),
  );
  if (missing.length > 0) await strapi.service('admin::permission').createMany(missing);
}
