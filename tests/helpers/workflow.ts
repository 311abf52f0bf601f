import type { AdminClient } from './http';

/** Steps an editor takes in the admin, as HTTP calls against the content manager. Plain checks
 * rather than vitest's expect, so that the benchmark can take the same steps. */

function check(ok: boolean, what: string, body: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(body)}`);
}

export const Q = 'api::question.question';
export const A = 'api::answer.answer';
export const T = 'api::topic.topic';
export const S = 'api::style-template.style-template';

export const OPENING = 'Hej och tack för din fråga!';
export const CLOSING = 'Du är alltid välkommen att höra av dig igen. Med vänliga hälsningar, Frågelådan';

export function styledAnswer(text: string): string {
  return `${OPENING}\n\n${text}\n\n${CLOSING}`;
}

export async function createTemplate(editor: AdminClient): Promise<void> {
  const res = await editor.create(S, { name: 'Standard', opening: OPENING, closing: CLOSING });
  check(res.status === 201, 'create template', res.body);
}

/** A question as it arrives from the site, then given a title by an editor. */
export async function receiveQuestion(
  submit: { post: (path: string, body: unknown) => Promise<{ status: number; body: any }> },
  editor: AdminClient,
  text: string,
  title: string,
): Promise<string> {
  const created = await submit.post('/questions', { data: { text } });
  check(created.status === 201, 'submit question', created.body);
  const documentId = created.body.data.documentId as string;
  const titled = await editor.update(Q, documentId, { title, body: text, stage: 'in_progress' });
  check(titled.status === 200, 'title question', titled.body);
  return documentId;
}

export async function writeAnswer(editor: AdminClient, questionId: string, text: string): Promise<string> {
  const res = await editor.create(A, { body: styledAnswer(text), question: { connect: [{ documentId: questionId }] } });
  check(res.status === 201, 'write answer', res.body);
  return res.body.data.documentId as string;
}

export async function setStage(editor: AdminClient, questionId: string, stage: string, extra: object = {}) {
  return editor.update(Q, questionId, { stage, ...extra });
}

export async function questionDraft(editor: AdminClient, questionId: string) {
  const res = await editor.get(Q, questionId);
  check(res.status === 200, 'read question', res.body);
  return res.body.data as Record<string, any>;
}
