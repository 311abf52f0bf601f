import { RefusedError, UnreachableError, type Submission } from './cms-submit.ts';
import type { Outbox } from './outbox.ts';

/**
 * Delivers the outbox to the CMS. Each submission is delivered on its own: one that the CMS fails
 * on waits with its own backoff while the others go on, and one that the CMS refuses is set aside
 * (never retried forever, never dropped). Only an unreachable CMS holds everything back, with
 * backoff 1 s, 2 s, 4 s … up to a minute, and straight away again when a submission is queued.
 * Log lines name the key and the reason, never the citizen's text.
 */
export function startDelivery(
  outbox: Outbox,
  deliver: (submission: Submission) => Promise<unknown>,
  options: { minDelayMs?: number; maxDelayMs?: number; log?: (message: string) => void } = {},
) {
  const min = options.minDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const log = options.log ?? ((m: string) => console.log(m));
  const backoff = (attempts: number) => Math.min(min * 2 ** Math.max(0, attempts - 1), max);
  /** Submissions the CMS failed on, with when to try each again. */
  const waiting = new Map<string, { attempts: number; notBefore: number }>();
  let unreachable = 0;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  function schedule(): void {
    clearTimeout(timer);
    if (stopped) return;
    const pending = outbox.list();
    if (pending.length === 0) return;
    const now = Date.now();
    const due = unreachable > 0 ? now + backoff(unreachable) : Math.min(...pending.map((s) => waiting.get(s.idempotencyKey)?.notBefore ?? now));
    timer = setTimeout(() => void round(), Math.max(0, due - now));
  }

  async function round(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      for (const submission of outbox.list()) {
        const key = submission.idempotencyKey;
        const state = waiting.get(key);
        if (state && state.notBefore > Date.now()) continue;
        try {
          await deliver(submission);
          outbox.remove(key);
          waiting.delete(key);
          unreachable = 0;
        } catch (error) {
          if (error instanceof UnreachableError) {
            unreachable += 1;
            break;
          }
          unreachable = 0;
          if (error instanceof RefusedError) {
            waiting.delete(key);
            log(`CMS:et vägrade en fråga i utkorgen (${error.reason ?? error.status}); den ligger kvar i ${outbox.setAside(key)} för en person att se på.`);
            continue;
          }
          const attempts = (state?.attempts ?? 0) + 1;
          waiting.set(key, { attempts, notBefore: Date.now() + backoff(attempts) });
          if (attempts === 1) log(`En fråga i utkorgen (${key}) kunde inte levereras (${(error as Error).message}); försöker igen.`);
        }
      }
    } finally {
      running = false;
      if (again) {
        again = false;
        void round();
      } else {
        schedule();
      }
    }
  }

  void round();
  return {
    /** A new submission was queued: try now rather than after the current backoff. */
    nudge(): void {
      unreachable = 0;
      void round();
    },
    pending: () => outbox.list().length,
    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
