import type { Core } from '@strapi/strapi';

/**
 * The CMS stays behind the municipality's firewall and nobody logs in to its content API: the
 * users-permissions roles get no permissions at all (not even sign-up or log-in), on every start,
 * so that a permission ticked by mistake in the admin does not survive a restart.
 */
export async function lockDownUserRoles(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } }, select: ['id'] })) as Array<{ id: number }>;
  if (roles.length > 0) {
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { role: { id: { $in: roles.map((r) => r.id) } } } });
  }
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) as Record<string, unknown> | null) ?? {};
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
