import type { Core } from '@strapi/strapi';
import { CASE_EVENT } from '../../../../../workflow/case-events';
import { QUESTION } from '../../../../../workflow/documents';
import { editorNames } from '../../../../../workflow/editor-names';
import type { LogQuery, LogResponse } from '../../../shared/contracts';
import { eventDto, type StoredEvent } from './cases';

/**
 * Logg: the case record across all cases, newest first, paged here on the server, filtered by the
 * editor who acted, by case and by a period of Stockholm dates (both days included). Read only:
 * nothing in the desk changes an entry (workflow/case-events.ts refuses it for everyone).
 */

export const LOG_PAGE_SIZE = 50;

/** The instant a Stockholm date begins, whatever the server's own time zone and summer time. */
export function stockholmMidnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  const local = new Date(utc.toLocaleString('en-US', { timeZone: 'Europe/Stockholm' }));
  const asUtc = new Date(utc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(utc.getTime() - (local.getTime() - asUtc.getTime()));
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: LogQuery): Promise<LogResponse> {
    const at: Record<string, Date> = {};
    if (query.from) at.$gte = stockholmMidnight(query.from);
    if (query.to) at.$lt = stockholmMidnight(nextDay(query.to));
    const where = {
      ...(query.editor ? { actor: query.editor } : {}),
      ...(query.case ? { caseId: query.case } : {}),
      ...(query.from || query.to ? { at } : {}),
    };
    const [total, rows, names] = await Promise.all([
      strapi.db.query(CASE_EVENT).count({ where }),
      strapi.db.query(CASE_EVENT).findMany({
        where,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        offset: (query.page - 1) * LOG_PAGE_SIZE,
        limit: LOG_PAGE_SIZE,
      }) as Promise<StoredEvent[]>,
      editorNames(strapi),
    ]);
    const caseIds = [...new Set(rows.map((row) => row.caseId))];
    const questions = (await strapi.db.query(QUESTION).findMany({
      where: { documentId: { $in: caseIds }, publishedAt: null },
      select: ['documentId', 'title'],
    })) as Array<{ documentId: string; title: string | null }>;
    const titles = new Map(questions.map((q) => [q.documentId, q.title || null]));
    return {
      page: query.page,
      pageCount: Math.max(1, Math.ceil(total / LOG_PAGE_SIZE)),
      total,
      items: rows.flatMap((row) => {
        const entry = eventDto(row, names);
        return entry ? [{ ...entry, caseId: row.caseId, caseTitle: titles.get(row.caseId) ?? null }] : [];
      }),
      editors: [...names.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    };
  },
});
