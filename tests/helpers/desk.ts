import type { AdminClient, JsonResponse } from './http';

/** The desk's admin routes, as its pages call them, for an editor logged in with adminLogin. */

export interface Draft {
  title: string;
  body: string;
  topicId: string | null;
  answer: string;
  templateId: string | null;
  piiClearances: string[];
}

export function desk(editor: AdminClient) {
  const act = (id: string, body: Record<string, unknown>) => editor.send('POST', `/desk/cases/${id}/actions`, body);
  return {
    inbox: (tab = 'new', page = 1) => editor.send('GET', `/desk/inbox?tab=${tab}&page=${page}`),
    counts: () => editor.send('GET', '/desk/counts'),
    load: (id: string) => editor.send('GET', `/desk/cases/${id}`),
    published: (q = '', page = 1) => editor.send('GET', `/desk/published?q=${encodeURIComponent(q)}&page=${page}`),
    act,
    take: (id: string) => act(id, { action: 'take' }),
    release: (id: string) => act(id, { action: 'release' }),
    save: (id: string, draft: Draft) => act(id, { action: 'save', draft }),
    submit: (id: string, draft: Draft) => act(id, { action: 'submit', draft }),
    approve: (id: string) => act(id, { action: 'approve' }),
    approvePublish: (id: string) => act(id, { action: 'approvePublish' }),
    publish: (id: string) => act(id, { action: 'publish' }),
    unpublish: (id: string) => act(id, { action: 'unpublish' }),
    sendBack: (id: string, comment: string) => act(id, { action: 'sendBack', comment }),
    comment: (id: string, comment: string) => act(id, { action: 'comment', comment }),
    reject: (id: string, reason: string, note?: string) => act(id, { action: 'reject', reason, ...(note === undefined ? {} : { note }) }),
  };
}

export type Desk = ReturnType<typeof desk>;

/** The form of a loaded case, as the case screen starts it. */
export function draftOf(loaded: JsonResponse): Draft {
  const { question, answer } = loaded.body;
  return {
    title: question.title,
    body: question.body,
    topicId: question.topicId,
    answer: answer?.body ?? '',
    templateId: answer?.templateId ?? null,
    piiClearances: question.piiClearances,
  };
}
