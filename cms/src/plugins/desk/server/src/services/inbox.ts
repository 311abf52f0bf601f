import type { Core } from '@strapi/strapi';
import serviceConfig from '../../../../../service-config';
import { OPEN_STAGES, isStage } from '@frageladan/config/domain/stages';
import { hasUrgentWords } from '@frageladan/config/domain/urgent-words';
import { QUESTION } from '../../../../../workflow/documents';
import { editorNames } from '../../../../../workflow/editor-names';
import { approvalBlocker, caseAuthors } from '../../../../../workflow/four-eyes';
import { findingsIn, publicNumbers } from '../../../../../workflow/pii-guard';
import { CASE_EVENT } from '../../../../../workflow/case-events';
import { dueState, stockholmDate } from '@frageladan/config/domain/due';
import { stockholmInstant } from '../../../../../statistics/stockholm-time';
import { TABS, type InboxItem, type InboxResponse, type Tab, type WidgetCounts } from '../../../shared/contracts';

/**
 * The inbox: a read model of the open cases. The open cases are few (hundreds beside thousands of
 * published ones), so their light fields are read in one query, sorted oldest due first and
 * counted per tab; the page's own rows then get their text, due state and marks.
 */

export const PAGE_SIZE = 20;

interface OpenRow {
  documentId: string;
  title: string | null;
  stage: string;
  receivedAt: string | null;
  dueAt: string | null;
  authors: unknown;
  topic: { name: string } | null;
  assignee: { id: number } | null;
  answer: { id: number; writtenBy: { id: number } | null } | null;
}

async function openCases(strapi: Core.Strapi): Promise<OpenRow[]> {
  const rows = (await strapi.db.query(QUESTION).findMany({
    where: { publishedAt: null, stage: { $in: [...OPEN_STAGES] } },
    select: ['documentId', 'title', 'stage', 'receivedAt', 'dueAt', 'authors'],
    populate: {
      topic: { select: ['name'] },
      assignee: { select: ['id'] },
      answer: { select: ['id'], populate: { writtenBy: { select: ['id'] } } },
    },
  })) as OpenRow[];
  const time = (value: string | null) => (value ? new Date(value).getTime() : Number.MAX_SAFE_INTEGER);
  return rows.sort((a, b) => time(a.dueAt) - time(b.dueAt) || time(a.receivedAt) - time(b.receivedAt));
}

function inTab(row: OpenRow, tab: Tab, me: number): boolean {
  switch (tab) {
    case 'new':
      return row.stage === 'new';
    case 'mine':
      return row.assignee?.id === me;
    case 'review': {
      if (row.stage !== 'in_review') return false;
      const answer = row.answer ? { writtenBy: row.answer.writtenBy ? { id: Number(row.answer.writtenBy.id) } : null } : null;
      const question = { authors: Array.isArray(row.authors) ? (row.authors as number[]) : null, answer };
      return approvalBlocker(question, caseAuthors(question), me) === null;
    }
    case 'ready':
      return row.stage === 'approved';
    case 'open':
      return true;
  }
}

function tally(rows: OpenRow[], me: number): Record<Tab, number> {
  return Object.fromEntries(TABS.map((tab) => [tab, rows.filter((row) => inTab(row, tab, me)).length])) as Record<Tab, number>;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 110 ? `${line.slice(0, 107).trimEnd()} …` : line.trim();
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async counts(me: number): Promise<Record<Tab, number>> {
    return tally(await openCases(strapi), me);
  },

  /** The home page's widget: arrivals today come from the case record, the rest from the open cases now. */
  async widget(me: number, now = new Date()): Promise<WidgetCounts> {
    const rows = await openCases(strapi);
    const newToday = await strapi.db.query(CASE_EVENT).count({
      where: { kind: 'received', at: { $gte: new Date(stockholmInstant(stockholmDate(now))) } },
    });
    return {
      newToday,
      overdue: rows.filter((row) => dueState(row.dueAt, now) === 'overdue').length,
      waitingForMyReview: rows.filter((row) => inTab(row, 'review', me)).length,
    };
  },

  async list(me: number, tab: Tab, page: number): Promise<InboxResponse> {
    const rows = await openCases(strapi);
    const inThisTab = rows.filter((row) => inTab(row, tab, me));
    const pageCount = Math.max(1, Math.ceil(inThisTab.length / PAGE_SIZE));
    const slice = inThisTab.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const texts = (await strapi.db.query(QUESTION).findMany({
      where: { publishedAt: null, documentId: { $in: slice.map((r) => r.documentId) } },
      select: ['documentId', 'body', 'submittedText', 'piiClearances'],
      populate: { answer: { select: ['body'] } },
    })) as Array<{ documentId: string; body: string | null; submittedText: string | null; piiClearances: unknown; answer: { body: string | null } | null }>;
    const byId = new Map(texts.map((t) => [t.documentId, t]));
    const numbers = await publicNumbers(strapi);
    const names = await editorNames(strapi, slice.flatMap((r) => (r.assignee ? [Number(r.assignee.id)] : [])));
    const now = new Date();
    const items: InboxItem[] = slice.map((row) => {
      const text = byId.get(row.documentId);
      const clearances = Array.isArray(text?.piiClearances)
        ? (text.piiClearances as Array<{ text?: unknown }>).flatMap((c) => (typeof c?.text === 'string' ? [{ text: c.text, by: null, at: '' }] : []))
        : [];
      const findings = findingsIn({ title: row.title, body: text?.body ?? null, piiClearances: clearances, answer: text?.answer ?? null }, numbers);
      const assignee = row.assignee ? Number(row.assignee.id) : null;
      return {
        id: row.documentId,
        title: row.title?.trim() ? row.title : null,
        firstLine: firstLine(text?.body ?? text?.submittedText ?? ''),
        stage: isStage(row.stage) ? row.stage : 'new',
        topic: row.topic?.name ?? null,
        receivedAt: row.receivedAt ? new Date(row.receivedAt).toISOString() : null,
        dueAt: row.dueAt ? new Date(row.dueAt).toISOString() : null,
        due: dueState(row.dueAt, now),
        assignee: assignee === null ? null : { id: assignee, name: names.get(assignee) ?? '–' },
        urgent: hasUrgentWords(`${text?.submittedText ?? ''}\n${text?.body ?? ''}`, serviceConfig.acuteRiskWords),
        identifying: findings.length > 0,
      };
    });
    return { tab, counts: tally(rows, me), page, pageCount, total: inThisTab.length, items };
  },
});
