import type { Core, UID } from '@strapi/strapi';

/**
 * Where a to-one relation points after a write, whatever shape the caller used: the REST shorthand
 * (a documentId or an id), `{ documentId }`, or the admin's `{ connect, disconnect, set }`. The
 * workflow compares this with where it points now, so that four eyes sees every real change and
 * an unchanged relation sent back by a form is not taken for one.
 *
 * Returns undefined when the write leaves the relation alone, null when it empties it.
 */

type Ref = string | number | { id?: unknown; documentId?: unknown } | null | undefined;

async function documentIdOf(strapi: Core.Strapi, target: string, ref: Ref): Promise<string | null> {
  if (ref === null || ref === undefined) return null;
  if (typeof ref === 'string') return ref;
  const id = typeof ref === 'number' ? ref : typeof ref.documentId === 'string' ? null : Number(ref.id);
  if (typeof ref === 'object' && typeof ref.documentId === 'string') return ref.documentId;
  if (id === null || !Number.isFinite(id)) return null;
  const row = (await strapi.db.query(target as UID.Schema).findOne({ where: { id }, select: ['documentId'] })) as { documentId?: string } | null;
  // An id that matches nothing still counts as a change: the write will fail or empty the relation.
  return row?.documentId ?? `#${id}`;
}

export async function toOneTarget(strapi: Core.Strapi, target: string, value: unknown): Promise<string | null | undefined> {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : documentIdOf(strapi, target, value[value.length - 1] as Ref);
  if (typeof value !== 'object') return documentIdOf(strapi, target, value as Ref);
  const ops = value as { connect?: Ref[]; disconnect?: Ref[]; set?: Ref[]; id?: unknown; documentId?: unknown };
  if ('documentId' in ops || 'id' in ops) return documentIdOf(strapi, target, ops as Ref);
  if (Array.isArray(ops.set)) return ops.set.length === 0 ? null : documentIdOf(strapi, target, ops.set[ops.set.length - 1]);
  if (Array.isArray(ops.connect) && ops.connect.length > 0) return documentIdOf(strapi, target, ops.connect[ops.connect.length - 1]);
  if (Array.isArray(ops.disconnect) && ops.disconnect.length > 0) return null;
  return undefined;
}

/** Whether a to-one write moves the relation away from `current`. */
export async function toOneChanges(strapi: Core.Strapi, target: string, value: unknown, current: string | null | undefined): Promise<boolean> {
  const next = await toOneTarget(strapi, target, value);
  return next !== undefined && next !== (current ?? null);
}
