import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is acting on a document. The workflow rules need to know whether a change comes from an
 * editor (and which one: four eyes), from an API token (a citizen's submission through the site),
 * or from the workflow itself (publishing the answer's question, scrubbing private fields), which
 * must not trip the rules it is carrying out.
 */

export interface EditorActor {
  kind: 'editor';
  id: number;
}

export type Actor = EditorActor | { kind: 'system' } | { kind: 'api' } | { kind: 'unknown' };

const explicit = new AsyncLocalStorage<Actor>();

/** Runs `work` as the given actor: the seed and scripts act as editors or as the system this way. */
export function runAs<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
  return explicit.run(actor, work);
}

/** The workflow's own follow-up writes. */
export function asSystem<T>(work: () => Promise<T>): Promise<T> {
  return runAs({ kind: 'system' }, work);
}

interface RequestState {
  state?: { user?: { id?: number }; auth?: { strategy?: { name?: string } } };
}

export function currentActor(strapi: { requestContext: { get(): unknown } }): Actor {
  const set = explicit.getStore();
  if (set) return set;
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (strategy === 'admin' && typeof ctx?.state?.user?.id === 'number') {
    return { kind: 'editor', id: ctx.state.user.id };
  }
  if (strategy) return { kind: 'api' };
  return { kind: 'unknown' };
}
