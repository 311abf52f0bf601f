import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, type AdminClient } from '../helpers/http';

/**
 * Editors' accounts: passwords that are long and hard to guess on every way a password is set, a
 * limit on failed log-ins per client across all addresses, and no timing difference that tells
 * which addresses have accounts.
 */

let cms: TestCms;
let admin: AdminClient;
const STRONG = 'Korv-cykel-ananas-mössa-7';
const WEAK = ['Sommar2026', 'Frågelådan2026!', 'Exempelkommun1!', 'Redaktor-2026'];

async function login(email: string, password: string) {
  const started = performance.now();
  const res = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, ms: performance.now() - started, body: (await res.json()) as any };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function editorRoleId(): Promise<number> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  return role.id;
}

beforeAll(async () => {
  cms = await startCms({ env: { ADMIN_LOGIN_FAILURES: '1000' } });
  admin = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await cms?.stop();
});

describe('passwords', () => {
  it('are refused when short or easy to guess, on every way a password is set', async () => {
    // An invited editor registers with the invitation's token.
    const invited = await admin.send('POST', '/admin/users', {
      email: 'ny.redaktor@example.se',
      firstname: 'Ny',
      lastname: 'Redaktör',
      roles: [await editorRoleId()],
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const registrationToken = invited.body.data.registrationToken as string;
    for (const password of WEAK) {
      const res = await admin.send('POST', '/admin/register', { registrationToken, userInfo: { firstname: 'Ny', lastname: 'Redaktör', password } });
      expect(res.status, password).toBe(400);
      expect(res.body.error.message, password).toMatch(/för lätt att gissa/);
    }
    const registered = await admin.send('POST', '/admin/register', { registrationToken, userInfo: { firstname: 'Ny', lastname: 'Redaktör', password: STRONG } });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);

    // The editor changes their own password.
    const editor = await adminLogin(cms.url, 'ny.redaktor@example.se', STRONG);
    const own = await editor.send('PUT', '/admin/users/me', { currentPassword: STRONG, password: 'Sommar2026!' });
    expect(own.status).toBe(400);
    expect(own.body.error.message).toMatch(/för lätt att gissa/);

    // A super admin sets it.
    const set = await admin.send('PUT', `/admin/users/${editor.userId}`, { password: 'Sommar2026' });
    expect(set.status).toBe(400);

    // A reset link.
    await cms.strapi.db.query('admin::user').update({
      where: { id: editor.userId },
      data: { resetPasswordToken: 'reset-token-for-test', resetPasswordTokenExpiresAt: new Date(Date.now() + 3600_000) },
    });
    const reset = await admin.send('POST', '/admin/reset-password', { resetPasswordToken: 'reset-token-for-test', password: 'Sommar2026' });
    expect(reset.status).toBe(400);
    expect((await login('ny.redaktor@example.se', STRONG)).status).toBe(200);
  });
});

describe('log-in', () => {
  it('takes as long for an unknown address as for a known one with the wrong password', async () => {
    const roles = [await editorRoleId()];
    const known: string[] = [];
    for (let i = 0; i < 8; i++) {
      const email = `tidtagning${i}@example.se`;
      await cms.strapi.service('admin::user').create({ email, firstname: 'Tid', lastname: `${i}`, password: STRONG, isActive: true, roles });
      known.push(email);
    }
    await login(known[0], 'fel-lösenord-som-är-långt'); // warm up
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < known.length; i++) {
      const wrong = await login(known[i], 'fel-lösenord-som-är-långt');
      const missing = await login(`finns-inte-${i}@example.se`, 'fel-lösenord-som-är-långt');
      expect(wrong.status).toBe(400);
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toBe(wrong.body.error.message);
      knownTimes.push(wrong.ms);
      unknownTimes.push(missing.ms);
    }
    // Before: 3 ms for an unknown address against 75 ms for a known one.
    expect(median(unknownTimes)).toBeGreaterThan(median(knownTimes) * 0.5);
  });

  it('limits failed attempts per client across every address, with a Swedish message', async () => {
    cms = await cms.restart({ env: { ADMIN_LOGIN_FAILURES: '10' } });
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await login(`gissning${i}@example.se`, 'Sommar2026!');
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.slice(10)).toEqual(Array(4).fill(429));
    const blocked = await login(ADMIN.email, ADMIN.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/För många misslyckade inloggningar/);
  });
});
