import { useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { z, type ZodType } from 'zod';
import {
  caseFeedbackResponse,
  caseResponse,
  leastHelpfulResponse,
  counts,
  inboxResponse,
  logResponse,
  notificationsResponse,
  publishedResponse,
  widgetCounts,
  type ActionRequest,
  type CaseFeedbackResponse,
  type LeastHelpfulResponse,
  type CaseResponse,
  type InboxResponse,
  type LogResponse,
  type NotificationsResponse,
  type PublishedResponse,
  type Tab,
} from '../../../shared/contracts';
import { deskStatistics } from '../../../shared/statistics';
import { periodQuery, type Period } from '../lib/period';
import sv from '../translations/sv.json';
import { DeskError, toDeskError } from './desk-error';

export { DeskError };

/** Logg's filters as the form has them: empty is no filter. */
export interface LogFilters {
  editor: string;
  case: string;
  from: string;
  to: string;
}
const blob = z.instanceof(Blob);

/**
 * The one client of the desk's admin routes. Every answer is checked with the shared zod schemas;
 * every failure becomes a DeskError (desk-error.ts) carrying a Swedish message, so the pages show it
 * beside the action and keep what the editor typed.
 */
export function useDeskApi() {
  const client = useFetchClient();
  return useMemo(() => {
    async function call<T>(schema: ZodType<T>, request: () => Promise<{ data: unknown }>): Promise<T> {
      let data: unknown;
      try {
        ({ data } = await request());
      } catch (error) {
        throw toDeskError(error);
      }
      const checked = schema.safeParse(data);
      if (!checked.success) throw new DeskError(sv['error.load'], 0);
      return checked.data;
    }
    return {
      inbox: (tab: Tab, page: number): Promise<InboxResponse> =>
        call(inboxResponse, () => client.get(`/desk/inbox?tab=${tab}&page=${page}`)),
      counts: () => call(counts, () => client.get('/desk/counts')),
      widget: () => call(widgetCounts, () => client.get('/desk/widget')),
      load: (id: string): Promise<CaseResponse> => call(caseResponse, () => client.get(`/desk/cases/${encodeURIComponent(id)}`)),
      act: (id: string, request: ActionRequest): Promise<CaseResponse> =>
        call(caseResponse, () => client.post(`/desk/cases/${encodeURIComponent(id)}/actions`, request)),
      published: (q: string, page: number): Promise<PublishedResponse> =>
        call(publishedResponse, () => client.get(`/desk/published?q=${encodeURIComponent(q)}&page=${page}`)),
      caseFeedback: (id: string): Promise<CaseFeedbackResponse> =>
        call(caseFeedbackResponse, () => client.get(`/desk/cases/${encodeURIComponent(id)}/feedback`)),
      leastHelpful: (): Promise<LeastHelpfulResponse> => call(leastHelpfulResponse, () => client.get('/desk/feedback/least-helpful')),
      myNotifications: (): Promise<NotificationsResponse> => call(notificationsResponse, () => client.get('/desk/me/notifications')),
      setMyNotifications: (mode: NotificationsResponse['mode']): Promise<NotificationsResponse> =>
        call(notificationsResponse, () => client.put('/desk/me/notifications', { mode })),
      log: (filters: LogFilters, page: number): Promise<LogResponse> =>
        call(logResponse, () => client.get(`/desk/log?${new URLSearchParams({ ...filters, page: String(page) }).toString()}`)),
      statistics: (period: Period) => call(deskStatistics, () => client.get(`/desk/statistics?${periodQuery(period)}`)),
      /** The same aggregates as CSV, fetched with the editor's token (a plain link would carry none). */
      statisticsCsv: (period: Period): Promise<Blob> =>
        call(blob, () => client.get(`/desk/statistics.csv?${periodQuery(period)}`, { responseType: 'blob' })),
    };
  }, [client]);
}

export type DeskApi = ReturnType<typeof useDeskApi>;
