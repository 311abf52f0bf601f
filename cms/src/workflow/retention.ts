import type { Core } from '@strapi/strapi';
import serviceConfig from '../service-config';
import { asSystem } from './actor';
import { CASE_EVENT, thinningTheRecord } from './case-events';
import { QUESTION } from './documents';

export interface PurgedQuestion {
  documentId: string;
  rejectedAt: string;
  rejectionReason: string | null;
}

/** Rejected submissions are kept for the retention period in config/, then deleted with everything in them. */
export async function purgeRejected(strapi: Core.Strapi, now = new Date()): Promise<PurgedQuestion[]> {
  const cutoff = new Date(now.getTime() - serviceConfig.retention.rejectedDays * 24 * 60 * 60 * 1000);
  const expired = await strapi.documents(QUESTION).findMany({
    status: 'draft',
    filters: { stage: 'rejected', rejectedAt: { $lt: cutoff.toISOString() } },
    fields: ['documentId', 'rejectedAt', 'rejectionReason'],
    limit: 10000,
  });
  await asSystem(async () => {
    for (const question of expired) {
      await strapi.documents(QUESTION).delete({ documentId: question.documentId });
    }
  });
  // The case record goes with the case, all of it (the deletion the purge itself just recorded
  // too): its comments may quote what the citizen wrote, and a purged case is no one's business.
  if (expired.length > 0) {
    await thinningTheRecord(() =>
      strapi.db.query(CASE_EVENT).deleteMany({ where: { caseId: { $in: expired.map((q) => q.documentId) } } }),
    );
  }
  return expired.map(({ documentId, rejectedAt, rejectionReason }) => ({
    documentId,
    rejectedAt: rejectedAt ? new Date(rejectedAt).toISOString() : '',
    rejectionReason: rejectionReason ?? null,
  }));
}

/** The kinds of entry that are who-said-what between editors, and nothing the statistics count. */
const PERSONAL_KINDS = ['assignment', 'comment'];

export interface ThinnedRecord {
  /** assignments and comments deleted */
  removed: number;
  /** entries kept without who made them */
  anonymised: number;
}

/**
 * The case record is kept whole for retention.logMonths (config/, default 24), then thinned rather
 * than deleted: the statistics are computed from its arrivals, stage changes, approvals,
 * publications and unpublications, so those stay, with their stages, reasons and times, and old
 * periods keep their figures. What is about people goes: who acted (name and id), the comments
 * (which may quote a citizen), and the assignments (who had which case). Rejected cases lose their
 * whole record earlier, when purgeRejected deletes them.
 */
export async function thinCaseRecord(strapi: Core.Strapi, now = new Date()): Promise<ThinnedRecord> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - serviceConfig.retention.logMonths);
  const old = { at: { $lt: cutoff } };
  return thinningTheRecord(async () => {
    const { count: removed } = await strapi.db.query(CASE_EVENT).deleteMany({ where: { ...old, kind: { $in: PERSONAL_KINDS } } });
    const { count: anonymised } = await strapi.db.query(CASE_EVENT).updateMany({
      where: { ...old, $or: [{ actor: { $notNull: true } }, { actorName: { $notNull: true } }, { comment: { $notNull: true } }] },
      data: { actor: null, actorName: null, comment: null },
    });
    return { removed, anonymised };
  });
}
