import type http from 'node:http';
import { parse as parseContentType } from 'content-type';
import getRawBody from 'raw-body';
import { texts } from '../../src/texts.ts';
import type { Feedback, FeedbackOutcome } from './feedback.ts';

/**
 * POST /api/feedback/votes and /api/feedback/texts: the question page's script sends a vote or a
 * "Vad saknades?" text as JSON and shows the answer in the page. The same checks and limits as the
 * plain form (/hjalpte-svaret), which works without JavaScript.
 */

export const FEEDBACK_FORM_ROUTE = '/hjalpte-svaret';
export const FEEDBACK_API = { votes: '/api/feedback/votes', texts: '/api/feedback/texts' } as const;

// A text of 500 four-byte characters, escaped as JSON, with room to spare.
const MAX_BYTES = 16 * 1024;

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown> | FeedbackOutcome> {
  let type = '';
  try {
    type = parseContentType(String(req.headers['content-type'] ?? '')).type;
  } catch {
    // answered below
  }
  if (type !== 'application/json') {
    req.resume();
    return { result: 'refused', status: 415, message: texts.feedback.jsonOnly, headers: {} };
  }
  let body: string;
  try {
    body = await getRawBody(req, { limit: MAX_BYTES, encoding: 'utf-8' });
  } catch (error) {
    const tooLarge = (error as { status?: number }).status === 413;
    if (tooLarge) req.resume();
    return { result: 'refused', status: tooLarge ? 413 : 400, message: tooLarge ? texts.feedback.tooLarge : texts.feedback.badRequest, headers: {} };
  }
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  return { result: 'refused', status: 400, message: texts.feedback.badRequest, headers: {} };
}

function isOutcome(value: unknown): value is FeedbackOutcome {
  return typeof (value as FeedbackOutcome).result === 'string' && (value as FeedbackOutcome).result === 'refused';
}

export async function handleFeedbackApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  feedback: Feedback,
  client: string,
  kind: keyof typeof FEEDBACK_API,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    return sendJson(res, 405, { error: { status: 405, message: texts.server.postOnly } });
  }
  const body = await readJson(req);
  const outcome = isOutcome(body) ? body : kind === 'votes' ? await feedback.vote(body, client) : await feedback.missingText(body, client);
  if (outcome.result === 'refused') {
    return sendJson(res, outcome.status, { error: { status: outcome.status, message: outcome.message } }, outcome.headers);
  }
  const message = outcome.result === 'saved' ? texts.feedback.textThanks : outcome.helped ? texts.feedback.thanksYes : texts.feedback.thanksNo;
  sendJson(res, 201, { message });
}
