import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { sendDigests, sendOverdueMorning } from '../../cms/src/notifications';
import { editors, setPreference } from '../../cms/src/notifications/preferences';
import { ADMIN, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { freePort, within } from '../helpers/site';
import { Q, createTemplate, receiveQuestion, setStage, writeAnswer } from '../helpers/workflow';

/**
 * Aviseringar, against a real SMTP server started here: who gets a mail and when (at once, as a
 * digest, the overdue morning), and that no mail ever carries a citizen's words.
 */

interface Mail {
  to: string[];
  raw: string;
}

const mails: Mail[] = [];
let smtp: SMTPServer;
let cms: TestCms;
let one: AdminClient;
let two: AdminClient;
const CITIZEN = 'Min granne Kalle på Storgatan 12 dricker varje dag, ring mig på 070-123 45 67.';
// A Tuesday that is a Swedish working day.
const WORKING_DAY = new Date('2026-12-01T09:00:00+01:00');

const to = (email: string) => mails.filter((mail) => mail.to.includes(email));
/** The text part as sent: quoted-printable soft breaks joined, =XX decoded (UTF-8). */
const body = (mail: Mail) =>
  Buffer.from(
    mail.raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

beforeAll(async () => {
  const port = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  cms = await startCms({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_FROM: 'Frågelådan <noreply@kommun.example>' } });
  one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  await createTemplate(one);
  await setPreference(cms.strapi, one.userId, 'immediate');
});

afterAll(async () => {
  await cms?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('notifications to editors', () => {
  it('tells an editor who wants it at once about a new question, with a count and a link and nothing of the text', async () => {
    const submit = contentApi(cms.url, cms.tokens.submit);
    expect((await submit.post('/questions', { data: { text: CITIZEN } })).status).toBe(201);
    await within(10_000, async () => to(EDITORS[0]).length > 0);
    const [mail] = to(EDITORS[0]);
    expect(body(mail)).toContain('1 ny fråga har kommit in.');
    expect(body(mail)).toMatch(/Öppna redaktionen: http:\/\/[^\s]+\/admin/);
    // The other editor collects a digest; the administrator gets nothing unless asked.
    expect(to(EDITORS[1])).toEqual([]);
    expect(to(ADMIN.email)).toEqual([]);
  });

  it('collects the rest in a digest: new questions, and cases sent for review to those who may approve them', async () => {
    const submit = contentApi(cms.url, cms.tokens.submit);
    const questionId = await receiveQuestion(submit, one, CITIZEN, 'Granne som dricker');
    await writeAnswer(one, questionId, 'Du kan kontakta socialtjänsten och berätta om din oro.');
    expect((await setStage(one, questionId, 'in_review')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(to(EDITORS[1])).toEqual([]);

    const sent = await sendDigests(cms.strapi, WORKING_DAY);
    expect(sent).toBe(1);
    await within(10_000, async () => to(EDITORS[1]).length === 1);
    const digest = body(to(EDITORS[1])[0]);
    expect(digest).toContain('2 nya frågor har kommit in.');
    expect(digest).toContain('1 svar väntar på granskning.');
    // The writer is not asked to review their own answer, not even at once.
    expect(to(EDITORS[0]).map(body).some((text) => text.includes('granskning'))).toBe(false);
    // Sent once: the next digest has nothing to say.
    expect(await sendDigests(cms.strapi, WORKING_DAY)).toBe(0);
  });

  it('says every working morning how many cases are overdue, and nothing on a holiday', async () => {
    await cms.strapi.db.query(Q).updateMany({ where: { stage: { $in: ['new', 'in_progress', 'in_review'] } }, data: { dueAt: new Date('2026-11-20T12:00:00Z') } });
    const before = mails.length;
    expect(await sendOverdueMorning(cms.strapi, new Date('2026-12-25T07:30:00+01:00'))).toBe(0);
    expect(await sendOverdueMorning(cms.strapi, WORKING_DAY)).toBe(2);
    await within(10_000, async () => mails.length === before + 2);
    const morning = mails.slice(before);
    expect(morning.flatMap((mail) => mail.to).sort()).toEqual([...EDITORS].sort());
    expect(body(morning[0])).toMatch(/\d+ frågor har passerat sista dag för svar/);
  });

  it('never carries a citizen’s words, a name, an address or a number from a question', async () => {
    expect(mails.length).toBeGreaterThanOrEqual(4);
    for (const mail of mails) {
      const text = body(mail);
      for (const detail of ['Kalle', 'Storgatan', '070-123', 'dricker', 'Granne som dricker']) expect(text, detail).not.toContain(detail);
    }
  });

  it('sends nothing at all when SMTP is not set up', async () => {
    cms = await cms.restart({ env: { SMTP_HOST: '' } });
    const before = mails.length;
    const submit = contentApi(cms.url, cms.tokens.submit);
    expect((await submit.post('/questions', { data: { text: CITIZEN } })).status).toBe(201);
    expect(await sendOverdueMorning(cms.strapi, WORKING_DAY)).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mails.length).toBe(before);
  });
});

describe('each editor chooses in the desk: Direkt, Sammanfattning or Av (GET/PUT /desk/me/notifications)', () => {
  it('reads and sets the logged-in editor’s own choice, and no one else’s', async () => {
    // The CMS was restarted without SMTP above: the desk says mail is off on the server.
    const me = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
    const colleague = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
    expect((await me.send('GET', '/desk/me/notifications')).body).toEqual({ mode: 'immediate', mail: false });
    expect((await colleague.send('GET', '/desk/me/notifications')).body).toEqual({ mode: 'digest', mail: false });

    const set = await me.send('PUT', '/desk/me/notifications', { mode: 'off' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ mode: 'off', mail: false });
    expect((await me.send('GET', '/desk/me/notifications')).body.mode).toBe('off');
    const chosen = await editors(cms.strapi);
    expect(chosen.find((e) => e.id === me.userId)?.mode).toBe('off');
    expect(chosen.find((e) => e.id === colleague.userId)?.mode).toBe('digest');

    // Naming another editor is refused, and changes nothing for anyone.
    const forOther = await me.send('PUT', '/desk/me/notifications', { mode: 'immediate', editor: colleague.userId });
    expect(forOther.status).toBe(400);
    expect(forOther.body.error.message).toMatch(/bara ändra dina egna aviseringar/);
    expect((await colleague.send('GET', '/desk/me/notifications')).body.mode).toBe('digest');
    expect((await me.send('GET', '/desk/me/notifications')).body.mode).toBe('off');

    for (const body of [{ mode: 'ofta' }, {}, { mode: null }, { mode: ['off'] }]) {
      const res = await colleague.send('PUT', '/desk/me/notifications', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toMatch(/Välj Direkt, Sammanfattning eller Av/);
    }
    expect((await colleague.send('PUT', '/desk/me/notifications', { mode: 'immediate' })).body.mode).toBe('immediate');

    expect((await fetch(`${cms.url}/desk/me/notifications`)).status).toBe(401);
    const anonymous = await fetch(`${cms.url}/desk/me/notifications`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"mode":"off"}' });
    expect(anonymous.status).toBe(401);
  });
});
