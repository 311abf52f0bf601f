import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Submission } from './cms-submit.ts';

/**
 * Submissions the CMS could not take right away, kept on disk until it can. A submission counts as
 * received once its file is written and fsynced (and the folder too, so the file's name survives a
 * crash); it leaves the outbox only when the CMS has stored it, or is set aside in `refused/` when
 * the CMS refuses it outright, for a person to look at. A file is never overwritten: the first
 * submission with a key keeps it, even when several site processes share the folder.
 */

const SET_ASIDE = 'refused';

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export type Added = { added: true } | { added: false; existing: Submission };

export function createOutbox(dir: string, log: (message: string) => void = (m) => console.log(m)) {
  fs.mkdirSync(dir, { recursive: true });
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Submission;

  function moveAside(name: string): string {
    const aside = path.join(dir, SET_ASIDE);
    fs.mkdirSync(aside, { recursive: true });
    const target = path.join(aside, name);
    fs.renameSync(path.join(dir, name), target);
    fsyncDir(dir);
    return target;
  }

  function list(): Submission[] {
    const submissions: Submission[] = [];
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      try {
        submissions.push(read(path.join(dir, name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // delivered meanwhile by another process
        // One unreadable file must not stop the others; it is kept for a person to look at.
        log(`En fil i utkorgen gick inte att läsa och lades i ${moveAside(name)}.`);
      }
    }
    return submissions.sort((a, b) => a.acceptedAt.localeCompare(b.acceptedAt));
  }

  return {
    dir,
    /** Durable once this returns; refuses (returning the one there) rather than replace a submission. */
    add(submission: Submission): Added {
      // A name of its own per writer, so that two processes never write into the same temporary file.
      const tmp = path.join(dir, `.${submission.idempotencyKey}.${crypto.randomBytes(6).toString('hex')}.tmp`);
      const fd = fs.openSync(tmp, 'wx', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(submission));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      try {
        // link() fails if the name exists, where rename() would silently replace it.
        fs.linkSync(tmp, fileOf(submission.idempotencyKey));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return { added: false, existing: read(fileOf(submission.idempotencyKey)) };
      } finally {
        fs.rmSync(tmp, { force: true });
      }
      fsyncDir(dir);
      return { added: true };
    },
    get(key: string): Submission | null {
      try {
        return read(fileOf(key));
      } catch {
        return null;
      }
    },
    list,
    hasReceipt(receiptHash: string): boolean {
      return list().some((s) => s.receiptHash === receiptHash);
    },
    remove(key: string): void {
      fs.rmSync(fileOf(key), { force: true });
      fsyncDir(dir);
    },
    /** Kept aside, never deleted; returns where. */
    setAside(key: string): string {
      return moveAside(`${key}.json`);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
