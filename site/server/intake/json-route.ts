import type http from 'node:http';
import { parse as parseContentType } from 'content-type';
import getRawBody from 'raw-body';
import { texts } from '../../src/texts.ts';
import { MAX_JSON_BYTES } from './body-limit.ts';
import type { Intake, Outcome } from './intake.ts';
import { Refusal } from './refusals.ts';

/**
 * POST /api/questions for scripts: JSON in, JSON out, proof of work required. The receipt code is
 * in the response body only, never in a URL. A form posted here (a page from an older release)
 * is sent on to the form route, which answers in the site's own layout.
 */

const t = texts.intake;
export const FORM_ROUTE = '/fraga/skicka';

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  let body: string;
  try {
    body = await getRawBody(req, { limit: MAX_JSON_BYTES, encoding: 'utf-8' });
  } catch (error) {
    const tooLarge = (error as { status?: number }).status === 413;
    throw new Refusal(tooLarge ? 413 : 400, tooLarge ? t.tooLarge : t.badRequest);
  }
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new Refusal(400, t.badRequest);
}

function contentType(req: http.IncomingMessage): string {
  try {
    return parseContentType(String(req.headers['content-type'] ?? '')).type;
  } catch {
    return '';
  }
}

export async function handleQuestionApi(req: http.IncomingMessage, res: http.ServerResponse, intake: Intake, client: string) {
  const type = contentType(req);
  if (type === 'application/x-www-form-urlencoded') {
    req.resume();
    res.writeHead(307, { Location: FORM_ROUTE, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  let outcome: Outcome;
  try {
    if (type !== 'application/json') throw new Refusal(415, t.wrongType);
    outcome = await intake.submit(await readJson(req), { kind: 'json', client });
  } catch (error) {
    const refusal = error as Refusal;
    outcome = { result: 'refused', status: refusal.status, message: refusal.message, headers: refusal.headers };
    req.resume();
  }
  if (outcome.result === 'refused') {
    sendJson(res, outcome.status, { error: { status: outcome.status, message: outcome.message } }, outcome.headers);
  } else if (outcome.result === 'already-received') {
    sendJson(res, 200, { alreadyReceived: true, message: t.alreadyReceived });
  } else {
    sendJson(res, 201, { receipt: outcome.code, acute: outcome.acute, dueAt: outcome.dueAt });
  }
}
