import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { CmsSettings } from '../settings';

/**
 * The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD; without a password one is generated and
 * printed once. Outside production two demo editors exist so that four eyes can be tried at once.
 */

export const DEMO_EDITORS = [
  { email: 'redaktor1@example.se', firstname: 'Redaktör', lastname: 'Ett' },
  { email: 'redaktor2@example.se', firstname: 'Redaktör', lastname: 'Två' },
] as const;


function generatedPassword(): string {
  // Meets Strapi's policy (upper, lower, digit, 8+) whatever the random part turns out to be.
  return `Fl-${crypto.randomBytes(12).toString('base64url')}-7a`;
}

interface AdminUser {
  id: number;
  email: string;
}

async function roleId(strapi: Core.Strapi, code: string): Promise<number> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
  if (!role) throw new Error(`Admin role ${code} is missing`);
  return role.id;
}

async function ensureUser(
  strapi: Core.Strapi,
  attributes: { email: string; firstname: string; lastname: string; password: string; role: string },
): Promise<{ user: AdminUser; created: boolean }> {
  const users = strapi.service('admin::user');
  const existing = (await users.findOneByEmail(attributes.email)) as AdminUser | null;
  if (existing) return { user: existing, created: false };
  const user = (await users.create({
    email: attributes.email,
    firstname: attributes.firstname,
    lastname: attributes.lastname,
    password: attributes.password,
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'sv',
    roles: [await roleId(strapi, attributes.role)],
  })) as AdminUser;
  return { user, created: true };
}

export async function ensureAdmins(
  strapi: Core.Strapi,
  settings: Pick<CmsSettings, 'adminEmail' | 'adminPassword' | 'demoEditors' | 'demoPassword'>,
): Promise<AdminUser[]> {
  const hasAdmin = await strapi.service('admin::user').exists();
  if (!hasAdmin) {
    const email = settings.adminEmail;
    const password = settings.adminPassword || generatedPassword();
    await ensureUser(strapi, { email, firstname: 'Admin', lastname: 'Frågelådan', password, role: 'strapi-super-admin' });
    if (!settings.adminPassword) {
      // The only time this password is shown: it is not stored anywhere in clear text.
      process.stdout.write(
        `\n  Första administratören skapades: ${email}\n  Lösenord (visas bara nu, byt det efter inloggning): ${password}\n\n`,
      );
    }
  }
  if (!settings.demoEditors) return [];
  const password = settings.demoPassword;
  const editors: AdminUser[] = [];
  for (const editor of DEMO_EDITORS) {
    const { user } = await ensureUser(strapi, { ...editor, password, role: 'strapi-editor' });
    editors.push(user);
  }
  return editors;
}
