import type { Core } from '@strapi/strapi';
import serviceConfig from '../service-config';
import { asSystem } from './actor';
import { CASE_EVENT } from './case-events';
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
  // The case record goes with the case: its comments may quote what the citizen wrote.
  if (expired.length > 0) {
    await strapi.db.query(CASE_EVENT).deleteMany({ where: { caseId: { $in: expired.map((q) => q.documentId) } } });
  }
  return expired.map(({ documentId, rejectedAt, rejectionReason }) => ({
    documentId,
    rejectedAt: rejectedAt ? new Date(rejectedAt).toISOString() : '',
    rejectionReason: rejectionReason ?? null,
  }));
}
