import crypto from 'node:crypto';
import type http from 'node:http';
import serviceConfig from '@frageladan/config';
import { parse as parseContentType } from 'content-type';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { texts } from '../../src/texts.ts';
import { createProofOfWork, createRateLimits } from './anti-abuse.ts';
import { deliverToCms, RefusedError, RetryableError, type Submission } from './cms-submit.ts';
import { startDelivery, type Outbox } from './outbox.ts';
import { scanForPii } from '@frageladan/config/domain/pii-scan';
import { newReceiptCode, receiptHash } from './receipt.ts';

/**
 * POST /api/questions: a citizen's question, as a plain form post (then a redirect to the receipt)
 * or as JSON. Checks, in order: content type (415), size (413), fields (400/422), honeypot, rate
 * limit (429), proof of work. Then the question goes to the CMS, or, if the CMS cannot take it, to
 * the durable outbox; only then is it acknowledged. The client's address is used for the rate
 * limit's in-memory key and nowhere else; nothing about the client is stored or logged.
 */

const MAX_BODY = '32kb';
const t = texts.intake;

const fields = z.object({
  text: z.string({ error: t.missingText }).trim().min(1, t.missingText).min(20, t.tooShort).max(4000, t.tooLong),
  topic: z.string().max(64, t.badTopic).regex(/^[a-z0-9]*$/, t.badTopic).optional().or(z.literal('')),
  webbplats: z.string().optional(),
  altcha: z.string().max(4000).optional(),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
});

type Kind = 'form' | 'json';

class IntakeError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** For a plain form post that failed: the message and the citizen's own text, so nothing is lost. */
function errorPage(message: string, text: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.errorTitle)} | ${escapeHtml(serviceConfig.service.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5}textarea{width:100%;min-height:12rem;font:inherit}button{font:inherit;padding:.6rem 1rem}</style></head>
<body><main><h1>${escapeHtml(t.errorTitle)}</h1><p role="alert">${escapeHtml(message)}</p><p>${escapeHtml(t.errorKeep)}</p>
<form method="post" action="/api/questions"><label for="text">${escapeHtml(texts.ask.textLabel)}</label><textarea id="text" name="text" required minlength="20" maxlength="4000">${escapeHtml(text)}</textarea>
<p><button type="submit">${escapeHtml(texts.ask.submit)}</button></p></form><p><a href="/fraga">${escapeHtml(texts.nav.ask)}</a></p></main></body></html>`;
}

function isAcute(text: string): boolean {
  const lower = text.toLocaleLowerCase('sv');
  return serviceConfig.acuteRiskWords.some((word) => lower.includes(word.toLocaleLowerCase('sv')));
}

export function createIntake(options: { outbox: Outbox; trustProxy?: boolean; log?: (message: string) => void }) {
  const pow = createProofOfWork();
  const limits = createRateLimits();
  const log = options.log ?? ((m: string) => console.log(m));
  const delivery = startDelivery(options.outbox, deliverToCms, { log });

  function clientAddress(req: http.IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim();
      if (forwarded) return forwarded;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  async function readFields(req: http.IncomingMessage): Promise<{ kind: Kind; raw: Record<string, unknown> }> {
    let type: string;
    try {
      type = parseContentType(String(req.headers['content-type'] ?? '')).type;
    } catch {
      throw new IntakeError(415, t.wrongType);
    }
    if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') throw new IntakeError(415, t.wrongType);
    let body: string;
    try {
      body = await getRawBody(req, { limit: MAX_BODY, encoding: 'utf-8' });
    } catch (error) {
      const status = (error as { status?: number }).status;
      throw new IntakeError(status === 413 ? 413 : 400, status === 413 ? t.tooLarge : t.badRequest);
    }
    if (type === 'application/json') {
      try {
        const parsed = JSON.parse(body) as unknown;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        return { kind: 'json', raw: parsed as Record<string, unknown> };
      } catch {
        throw new IntakeError(400, t.badRequest);
      }
    }
    return { kind: 'form', raw: Object.fromEntries(new URLSearchParams(body)) };
  }

  type Accepted = { kind: Kind; code: string; acute: boolean; stored: 'cms' | 'outbox' };

  async function accept(req: http.IncomingMessage): Promise<Accepted> {
    const { kind, raw } = await readFields(req);
    try {
      return await acceptFields(req, kind, raw);
    } catch (error) {
      // Every refusal after the body was read knows how to answer and what the citizen wrote.
      throw Object.assign(error as object, { kind, text: String(raw.text ?? '') });
    }
  }

  async function acceptFields(req: http.IncomingMessage, kind: Kind, raw: Record<string, unknown>): Promise<Accepted> {
    const parsed = fields.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new IntakeError(issue.path[0] === 'text' && issue.code !== 'invalid_type' ? 422 : 400, issue.message);
    }
    const input = parsed.data;
    const code = newReceiptCode();
    const acute = isAcute(input.text);
    // A bot that fills the hidden field gets an answer that looks like success and nothing is stored.
    if (input.webbplats) return { kind, code, acute, stored: 'cms' };

    // The rate limit comes first, so that a flood is turned away before any work is done for it.
    const rate = await limits.consume(clientAddress(req), Boolean(input.altcha));
    if (!rate.allowed) {
      throw new IntakeError(429, t.rateLimited(rate.retryAfterSeconds), { 'Retry-After': String(rate.retryAfterSeconds) });
    }
    const provedWork = input.altcha ? await pow.verify(input.altcha) : false;
    if (input.altcha && !provedWork) throw new IntakeError(400, t.proofFailed);
    // JSON clients are scripts: they must do the work. A plain form post without JavaScript may not.
    if (kind === 'json' && !provedWork) throw new IntakeError(400, t.proofFailed);

    const submission: Submission = {
      idempotencyKey: input.idempotencyKey ?? crypto.randomUUID().replace(/-/g, ''),
      text: input.text,
      topic: input.topic || undefined,
      receiptHash: receiptHash(code),
      piiFindings: scanForPii(input.text),
      acceptedAt: new Date().toISOString(),
    };
    try {
      await deliverToCms(submission);
      return { kind, code, acute, stored: 'cms' };
    } catch (error) {
      if (error instanceof RefusedError) {
        throw new IntakeError(422, error.message);
      }
      if (!(error instanceof RetryableError)) throw error;
    }
    try {
      options.outbox.save(submission);
    } catch {
      throw new IntakeError(503, t.unavailable, { 'Retry-After': '60' });
    }
    delivery.nudge();
    log('En fråga lades i utkorgen; CMS:et tar emot den när det svarar igen.');
    return { kind, code, acute, stored: 'outbox' };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      const result = await accept(req);
      if (result.kind === 'form') {
        const location = `/kvitto?kod=${encodeURIComponent(result.code)}&ny=1${result.acute ? '&akut=1' : ''}`;
        res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      res.writeHead(201, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ receipt: result.code, acute: result.acute, receiptUrl: `/kvitto?kod=${result.code}` }));
    } catch (error) {
      const known = error instanceof IntakeError ? error : new IntakeError(503, t.unavailable);
      if (!(error instanceof IntakeError)) log(`Oväntat fel när en fråga togs emot: ${(error as Error).message}`);
      const extra = error as { kind?: Kind; text?: string };
      const wantsHtml = extra.kind === 'form' || (!extra.kind && String(req.headers['content-type'] ?? '').includes('form'));
      res.writeHead(known.status, {
        'Content-Type': wantsHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        ...known.headers,
      });
      res.end(wantsHtml ? errorPage(known.message, extra.text ?? '') : JSON.stringify({ error: { status: known.status, message: known.message } }));
    }
  }

  return {
    handle,
    async challenge(res: http.ServerResponse): Promise<void> {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(await pow.challenge()));
    },
    delivery,
  };
}
