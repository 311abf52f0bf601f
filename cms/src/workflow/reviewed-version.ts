import type { Core } from '@strapi/strapi';
import { QUESTION } from './documents';

/**
 * The versions of a case that a reviewer compares against: the text as it was last approved, and as
 * it was when a reviewer last sent it back. (The published version is the live row itself.) Kept on
 * the question, private and written only here, so they go where the question goes: scrubbed with it,
 * purged with it.
 */

export interface CaseVersion {
  at: string;
  title: string;
  body: string;
  answer: string;
}

export interface ReviewedVersions {
  approved?: CaseVersion;
  returned?: CaseVersion;
}

function isVersion(value: unknown): value is CaseVersion {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.at === 'string' && typeof v.title === 'string' && typeof v.body === 'string' && typeof v.answer === 'string';
}

export function readVersions(value: unknown): ReviewedVersions {
  const stored = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    ...(isVersion(stored.approved) ? { approved: stored.approved } : {}),
    ...(isVersion(stored.returned) ? { returned: stored.returned } : {}),
  };
}

async function currentVersion(strapi: Core.Strapi, documentId: string) {
  const row = (await strapi.db.query(QUESTION).findOne({
    where: { documentId, publishedAt: null },
    select: ['id', 'title', 'body', 'reviewedVersion'],
    populate: { answer: { select: ['body'] } },
  })) as { id: number; title?: string | null; body?: string | null; reviewedVersion?: unknown; answer?: { body?: string | null } | null } | null;
  if (!row) return null;
  const version: CaseVersion = { at: new Date().toISOString(), title: row.title ?? '', body: row.body ?? '', answer: row.answer?.body ?? '' };
  return { id: row.id, version, versions: readVersions(row.reviewedVersion) };
}

async function store(strapi: Core.Strapi, documentId: string, kind: keyof ReviewedVersions): Promise<void> {
  const current = await currentVersion(strapi, documentId);
  if (!current) return;
  await strapi.db.query(QUESTION).update({
    where: { id: current.id },
    data: { reviewedVersion: { ...current.versions, [kind]: current.version } },
  });
}

/** The case as a colleague approved it. */
export const snapshotApproved = (strapi: Core.Strapi, documentId: string) => store(strapi, documentId, 'approved');

/** The case as a reviewer sent it back to its writer. */
export const snapshotReturned = (strapi: Core.Strapi, documentId: string) => store(strapi, documentId, 'returned');
