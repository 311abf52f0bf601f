import fs from 'node:fs';
import path from 'node:path';
import { RefusedError, type Submission } from './cms-submit.ts';

/**
 * Submissions the CMS could not take right away, kept on disk until it can. A submission counts as
 * received once its file is written and fsynced (and the folder too, so the file's name survives a
 * crash); it leaves the outbox only when the CMS has stored it. The idempotency key makes a
 * delivery that is repeated after a crash harmless.
 */

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function createOutbox(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const fileOf = (key: string) => path.join(dir, `${key}.json`);

  return {
    dir,
    save(submission: Submission): void {
      const tmp = path.join(dir, `.${submission.idempotencyKey}.tmp`);
      const fd = fs.openSync(tmp, 'w', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(submission));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, fileOf(submission.idempotencyKey));
      fsyncDir(dir);
    },
    list(): Submission[] {
      return fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Submission)
        .sort((a, b) => a.acceptedAt.localeCompare(b.acceptedAt));
    },
    remove(key: string): void {
      fs.rmSync(fileOf(key), { force: true });
      fsyncDir(dir);
    },
    /** Kept aside, never deleted: a submission the CMS refused outright needs a person to look at it. */
    setAside(key: string): void {
      const aside = path.join(dir, 'refused');
      fs.mkdirSync(aside, { recursive: true });
      fs.renameSync(fileOf(key), path.join(aside, `${key}.json`));
      fsyncDir(dir);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/**
 * Delivers the outbox in order, with backoff while the CMS is away: 1 s, 2 s, 4 s … up to a
 * minute, and straight away again after a success or when a new submission is queued.
 */
export function startDelivery(
  outbox: Outbox,
  deliver: (submission: Submission) => Promise<void>,
  options: { minDelayMs?: number; maxDelayMs?: number; log?: (message: string) => void } = {},
) {
  const min = options.minDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const log = options.log ?? ((m: string) => console.log(m));
  let delay = min;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = false;

  async function round(): Promise<void> {
    if (running || stopped) return;
    running = true;
    try {
      for (const submission of outbox.list()) {
        try {
          await deliver(submission);
          outbox.remove(submission.idempotencyKey);
          delay = min;
        } catch (error) {
          if (error instanceof RefusedError) {
            outbox.setAside(submission.idempotencyKey);
            log(`En fråga i utkorgen vägrades av CMS:et och har lagts åt sidan: ${error.message}`);
            continue;
          }
          delay = Math.min(delay * 2, max);
          break;
        }
      }
    } finally {
      running = false;
      if (!stopped && outbox.list().length > 0) {
        clearTimeout(timer);
        timer = setTimeout(() => void round(), delay);
      }
    }
  }

  void round();
  return {
    /** A new submission was queued: try now rather than after the current backoff. */
    nudge(): void {
      delay = min;
      clearTimeout(timer);
      timer = setTimeout(() => void round(), 0);
    },
    pending: () => outbox.list().length,
    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
