import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import { isStrongPassword } from './password-policy';

/**
 * The admin's own accounts, hardened where Strapi's defaults are weak:
 * - every way to set a password (first admin, invitation, own profile, a super admin's edit, reset)
 *   hashes it through the auth service's hashPassword, so the policy is checked there, once;
 * - a log-in for an address that does not exist costs the same bcrypt comparison as a wrong
 *   password, so the answer's timing does not tell which addresses have accounts.
 */

type AuthService = {
  hashPassword(password: string): Promise<string>;
  validatePassword(password: string, hash: string): Promise<boolean>;
  checkCredentials(input: { email: string; password: string }): Promise<unknown>;
};

// The admin's services are module singletons: a second Strapi in the same process (tests restart
// one) must wrap Strapi's originals again, not the first instance's wrappers.
const ORIGINALS = Symbol.for('frageladan.admin-auth-originals');
type Wrapped = AuthService & { [ORIGINALS]?: Pick<AuthService, 'hashPassword' | 'checkCredentials'> };

export async function hardenAdminAccounts(strapi: Core.Strapi): Promise<void> {
  const auth = strapi.service('admin::auth') as unknown as Wrapped;
  const originals = (auth[ORIGINALS] ??= { hashPassword: auth.hashPassword, checkCredentials: auth.checkCredentials });
  const hash = originals.hashPassword.bind(auth);
  const check = originals.checkCredentials.bind(auth);

  auth.hashPassword = async (password: string) => {
    if (typeof password !== 'string' || !isStrongPassword(password)) throw new errors.ValidationError(messages.account.weakPassword);
    return hash(password);
  };

  const dummyHash = await hash(`not-a-password-${Math.random()}`);
  auth.checkCredentials = async (input) => {
    const user = (await strapi.db.query('admin::user').findOne({ where: { email: input.email }, select: ['id', 'password'] })) as {
      password?: string | null;
    } | null;
    if (!user?.password) await auth.validatePassword(String(input.password ?? ''), dummyHash);
    return check(input);
  };
}
