import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RefusedError, RetryableError, UnreachableError, type Submission } from '../../site/server/intake/cms-submit';
import { startDelivery } from '../../site/server/intake/delivery';
import { createOutbox } from '../../site/server/intake/outbox';

/** The outbox on a real disk, delivered by a stand-in for the CMS that fails as the real one can. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
  dirs.push(dir);
  return dir;
}

const submission = (key: string, text = `Fråga ${key} som är tillräckligt lång`, at = 0): Submission => ({
  idempotencyKey: key,
  text,
  receiptHash: key.padEnd(64, '0'),
  piiFindings: [],
  acceptedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, at)).toISOString(),
});

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the outbox', () => {
  it('never overwrites: the first submission with a key keeps it, the second gets the first back', () => {
    const outbox = createOutbox(folder());
    expect(outbox.add(submission('aaaaaaaaaaaaaaaa', 'Den första frågan med nyckeln'))).toEqual({ added: true });
    const second = outbox.add(submission('aaaaaaaaaaaaaaaa', 'En annan fråga med samma nyckel'));
    expect(second).toMatchObject({ added: false, existing: { text: 'Den första frågan med nyckeln' } });
    expect(outbox.get('aaaaaaaaaaaaaaaa')?.text).toBe('Den första frågan med nyckeln');
    expect(fs.readdirSync(outbox.dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('sets an unreadable file aside instead of stopping on it', () => {
    const logs: string[] = [];
    const outbox = createOutbox(folder(), (m) => logs.push(m));
    fs.writeFileSync(path.join(outbox.dir, 'trasig.json'), '{"idempotencyKey": "tr');
    outbox.add(submission('bbbbbbbbbbbbbbbb'));
    expect(outbox.list().map((s) => s.idempotencyKey)).toEqual(['bbbbbbbbbbbbbbbb']);
    expect(fs.existsSync(path.join(outbox.dir, 'refused', 'trasig.json'))).toBe(true);
    expect(logs.join('\n')).toMatch(/gick inte att läsa/);
  });
});

describe('delivery from the outbox', () => {
  it('delivers every other submission while one keeps failing on the CMS side, and retries that one', async () => {
    const outbox = createOutbox(folder());
    outbox.add(submission('poison0000000000', 'Den här frågan får CMS:et att fela', 0));
    for (let i = 1; i <= 3; i++) outbox.add(submission(`good${i}00000000000`, `Vanlig fråga nummer ${i} i kön`, i));
    const attempts: Record<string, number> = {};
    const delivery = startDelivery(
      outbox,
      async (s) => {
        attempts[s.idempotencyKey] = (attempts[s.idempotencyKey] ?? 0) + 1;
        if (s.idempotencyKey.startsWith('poison')) throw new RetryableError('CMS:et svarade 500');
      },
      { minDelayMs: 20, maxDelayMs: 40, log: () => {} },
    );
    try {
      await until(() => outbox.list().length === 1 && (attempts.poison0000000000 ?? 0) >= 3);
      expect(outbox.list().map((s) => s.idempotencyKey)).toEqual(['poison0000000000']);
      expect(attempts).toMatchObject({ good100000000000: 1, good200000000000: 1, good300000000000: 1 });
    } finally {
      delivery.stop();
    }
  });

  it('sets a refused submission aside with a log line that names the reason and not the text', async () => {
    const outbox = createOutbox(folder());
    const secret = 'Min granne Kalle Svensson på Storgatan 5 slår sina barn';
    outbox.add(submission('refused000000000', secret, 0));
    outbox.add(submission('good000000000000', 'En vanlig fråga som går igenom', 1));
    const logs: string[] = [];
    const delivered: string[] = [];
    const delivery = startDelivery(
      outbox,
      async (s) => {
        if (s.idempotencyKey.startsWith('refused')) throw new RefusedError(400, 'text_too_short');
        delivered.push(s.idempotencyKey);
      },
      { minDelayMs: 20, log: (m) => logs.push(m) },
    );
    try {
      await until(() => outbox.list().length === 0);
      expect(delivered).toEqual(['good000000000000']);
      const aside = path.join(outbox.dir, 'refused', 'refused000000000.json');
      expect(JSON.parse(fs.readFileSync(aside, 'utf8')).text).toBe(secret);
      expect(logs.join('\n')).toContain('text_too_short');
      expect(logs.join('\n')).not.toMatch(/Kalle|Storgatan|granne/);
    } finally {
      delivery.stop();
    }
  });

  it('holds everything back only while the CMS cannot be reached, then delivers all', async () => {
    const outbox = createOutbox(folder());
    for (let i = 0; i < 3; i++) outbox.add(submission(`wait${i}00000000000`, `Fråga nummer ${i} medan CMS:et är borta`, i));
    let up = false;
    const delivered: string[] = [];
    const delivery = startDelivery(
      outbox,
      async (s) => {
        if (!up) throw new UnreachableError('ECONNREFUSED');
        delivered.push(s.idempotencyKey);
      },
      { minDelayMs: 20, maxDelayMs: 40, log: () => {} },
    );
    try {
      await new Promise((r) => setTimeout(r, 100));
      expect(delivered).toEqual([]);
      up = true;
      await until(() => outbox.list().length === 0);
      expect(delivered).toEqual(['wait000000000000', 'wait100000000000', 'wait200000000000']);
    } finally {
      delivery.stop();
    }
  });
});
