import type { Core } from '@strapi/strapi';

/**
 * How each editor wants to hear about new questions and cases waiting for review: at once, as a
 * digest a few times a working day (the default), or not at all. Kept in Strapi's core store, never
 * in the content API.
 */
export const NOTIFICATION_MODES = ['immediate', 'digest', 'off'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

const STORE = { type: 'plugin', name: 'frageladan', key: 'notification-preferences' } as const;

export async function preferences(strapi: Core.Strapi): Promise<Record<string, NotificationMode>> {
  return ((await strapi.store(STORE).get()) as Record<string, NotificationMode> | null) ?? {};
}

export async function setPreference(strapi: Core.Strapi, editorId: number, mode: NotificationMode): Promise<void> {
  const current = await preferences(strapi);
  await strapi.store(STORE).set({ value: { ...current, [editorId]: mode } });
}

/** One editor's own choice, or the default for their roles when they have not chosen. */
export async function preferenceOf(strapi: Core.Strapi, editorId: number): Promise<NotificationMode> {
  return (await editors(strapi)).find((editor) => editor.id === editorId)?.mode ?? 'off';
}

export interface Editor {
  id: number;
  email: string;
  mode: NotificationMode;
}

/** Active admin users who edit (editors, authors, and super admins who asked for mail). */
export async function editors(strapi: Core.Strapi): Promise<Editor[]> {
  const users = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false },
    select: ['id', 'email'],
    populate: { roles: { select: ['code'] } },
  })) as Array<{ id: number; email: string; roles: Array<{ code: string }> }>;
  const chosen = await preferences(strapi);
  return users.map((user) => {
    const writes = user.roles.some((role) => role.code === 'strapi-editor' || role.code === 'strapi-author');
    return { id: user.id, email: user.email, mode: chosen[user.id] ?? (writes ? 'digest' : 'off') };
  });
}
