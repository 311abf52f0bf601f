import type { Core } from '@strapi/strapi';

/** Editors as their colleagues know them: "Förnamn Efternamn", never an id. */
export async function editorNames(strapi: Core.Strapi, ids?: readonly number[]): Promise<Map<number, string>> {
  const where = ids ? { id: { $in: [...new Set(ids)] } } : {};
  const users = (await strapi.db.query('admin::user').findMany({ where, select: ['id', 'firstname', 'lastname', 'username', 'email'] })) as Array<{
    id: number;
    firstname?: string | null;
    lastname?: string | null;
    username?: string | null;
    email?: string | null;
  }>;
  return new Map(users.map((u) => [Number(u.id), displayName(u)]));
}

export function displayName(user: { firstname?: string | null; lastname?: string | null; username?: string | null; email?: string | null }): string {
  const full = [user.firstname, user.lastname].filter((part) => part && part.trim()).join(' ').trim();
  return full || user.username || (user.email ?? '').split('@')[0] || '–';
}
