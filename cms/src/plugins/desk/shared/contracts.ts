import { z } from 'zod';
import { CASE_EVENT_KINDS } from '@frageladan/config/domain/case-events';
import { isCalendarDate } from '@frageladan/config/domain/due';
import { REJECTION_REASONS, STAGES } from '@frageladan/config/domain/stages';
import { NOTIFICATION_MODES } from '../../../notifications/preferences';

/**
 * What the desk's admin routes take and give, once: the server parses requests with these and
 * builds its answers to these types; the admin pages check every answer with them.
 */

export const TABS = ['new', 'mine', 'review', 'ready', 'open'] as const;
export type Tab = (typeof TABS)[number];

const stage = z.enum(STAGES);
const due = z.enum(['overdue', 'today', 'later']);
const person = z.object({ id: z.number(), name: z.string() });
export type Person = z.infer<typeof person>;

export const inboxQuery = z.object({
  tab: z.enum(TABS).default('new'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const inboxItem = z.object({
  id: z.string(),
  title: z.string().nullable(),
  firstLine: z.string(),
  stage,
  topic: z.string().nullable(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  due,
  assignee: person.nullable(),
  urgent: z.boolean(),
  identifying: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxResponse = z.object({
  tab: z.enum(TABS),
  counts: z.record(z.enum(TABS), z.number()),
  page: z.number(),
  pageCount: z.number(),
  total: z.number(),
  items: z.array(inboxItem),
});
export type InboxResponse = z.infer<typeof inboxResponse>;

const version = z.object({ at: z.string(), title: z.string(), body: z.string(), answer: z.string() });
export type CaseVersionDto = z.infer<typeof version>;

export const caseEvent = z.object({
  id: z.number(),
  kind: z.enum(CASE_EVENT_KINDS),
  at: z.string(),
  actor: z.string().nullable(),
  actorId: z.number().nullable(),
  /** 'editor', or who else acted: the citizen through the site, or the system */
  actorKind: z.enum(['editor', 'citizen', 'system']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
  comment: z.string().nullable(),
});
export type CaseEventDto = z.infer<typeof caseEvent>;

const similar = z.object({ id: z.string(), title: z.string(), url: z.string(), topic: z.string().nullable() });
export type SimilarQuestion = z.infer<typeof similar>;

export const caseResponse = z.object({
  question: z.object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    submittedText: z.string().nullable(),
    stage,
    rejectionReason: z.enum(REJECTION_REASONS).nullable(),
    receivedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    due,
    topicId: z.string().nullable(),
    assignee: person.nullable(),
    piiClearances: z.array(z.string()),
  }),
  answer: z
    .object({
      id: z.string(),
      body: z.string(),
      templateId: z.string().nullable(),
      writtenBy: person.nullable(),
      approvedBy: person.nullable(),
    })
    .nullable(),
  live: z.object({ url: z.string(), publishedAt: z.string(), title: z.string(), body: z.string(), answer: z.string() }).nullable(),
  versions: z.object({ approved: version.optional(), returned: version.optional() }),
  me: z.object({
    id: z.number(),
    /** why four eyes would refuse this editor's approval, if it would */
    approvalBlocker: z.enum(['ownAnswer', 'ownChanges']).nullable(),
  }),
  history: z.array(caseEvent),
  similar: z.array(similar),
  topics: z.array(z.object({ id: z.string(), name: z.string() })),
  templates: z.array(z.object({ id: z.string(), name: z.string(), opening: z.string(), closing: z.string() })),
  referrals: z.array(
    z.object({ id: z.string(), name: z.string(), phone: z.string().nullable(), url: z.string().nullable(), openingHours: z.string().nullable() }),
  ),
  /** numbers the identifying-details scanner never flags (helplines, the service's own) */
  publicNumbers: z.array(z.string()),
  urgentWords: z.array(z.string()),
  editors: z.array(person),
});
export type CaseResponse = z.infer<typeof caseResponse>;

/** The case form as the editor has it: sent whole with a save or with "Skicka till granskning". */
export const caseDraft = z
  .object({
    title: z.string(),
    body: z.string(),
    topicId: z.string().nullable(),
    answer: z.string(),
    templateId: z.string().nullable(),
    piiClearances: z.array(z.string()),
  })
  .strict();
export type CaseDraft = z.infer<typeof caseDraft>;

export const CASE_ACTIONS = [
  'save',
  'take',
  'release',
  'submit',
  'approve',
  'approvePublish',
  'publish',
  'sendBack',
  'reject',
  'comment',
  'unpublish',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const actionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('save'), draft: caseDraft }).strict(),
  z.object({ action: z.literal('submit'), draft: caseDraft }).strict(),
  z.object({ action: z.enum(['take', 'release', 'approve', 'approvePublish', 'publish', 'unpublish']) }).strict(),
  z.object({ action: z.literal('sendBack'), comment: z.string() }).strict(),
  z.object({ action: z.literal('comment'), comment: z.string() }).strict(),
  z.object({ action: z.literal('reject'), reason: z.enum(REJECTION_REASONS), note: z.string().optional() }).strict(),
]);
export type ActionRequest = z.infer<typeof actionRequest>;

export const publishedQuery = z.object({
  q: z.string().max(200).default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const publishedResponse = z.object({
  q: z.string(),
  page: z.number(),
  pageCount: z.number(),
  total: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      topic: z.string().nullable(),
      publishedAt: z.string(),
      url: z.string(),
      stage,
      /** "Hjälpte svaret dig?": Ja and Nej, all time */
      helped: z.number(),
      notHelped: z.number(),
    }),
  ),
});
export type PublishedResponse = z.infer<typeof publishedResponse>;

export const counts = z.object({ counts: z.record(z.enum(TABS), z.number()) });

/** A refusal as the desk shows it: the server's Swedish message, and who has a case when that is why. */
export const refusal = z.object({
  error: z.object({
    status: z.number(),
    /** Strapi's error class: PolicyError when a route's permission policy said no. */
    name: z.string().optional(),
    message: z.string(),
    details: z.object({ assignee: person.optional() }).passthrough().optional(),
  }),
});

/** GET /desk/widget: the admin home page's widget, for the logged-in editor. */
export const widgetCounts = z.object({
  /** questions received today (Stockholm date) */
  newToday: z.number(),
  /** open cases past their due time */
  overdue: z.number(),
  /** in review, and this editor may approve them (the inbox's "Att granska") */
  waitingForMyReview: z.number(),
});
export type WidgetCounts = z.infer<typeof widgetCounts>;
/** Logg: the case record across cases, newest first. An empty filter is no filter. */
const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);
const calendarDay = z.string().refine(isCalendarDate);
export const LOG_FILTERS = ['editor', 'case', 'from', 'to', 'page'] as const;
export const logQuery = z
  .object({
    editor: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).max(2_147_483_647).optional()),
    case: z.preprocess(blankIsAbsent, z.string().regex(/^[a-z0-9]{1,64}$/).optional()),
    from: z.preprocess(blankIsAbsent, calendarDay.optional()),
    to: z.preprocess(blankIsAbsent, calendarDay.optional()),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'] });
export type LogQuery = z.infer<typeof logQuery>;

export const logEntry = caseEvent.extend({ caseId: z.string(), caseTitle: z.string().nullable() });
export type LogEntry = z.infer<typeof logEntry>;

export const logResponse = z.object({
  page: z.number(),
  pageCount: z.number(),
  total: z.number(),
  items: z.array(logEntry),
  editors: z.array(person),
});
export type LogResponse = z.infer<typeof logResponse>;

/** "Hjälpte svaret dig?" on one case: the counts and the "Vad saknades?" texts, which are never public. */
const feedbackTotals = { helped: z.number(), notHelped: z.number() };
export const caseFeedbackResponse = z.object({
  ...feedbackTotals,
  texts: z.array(z.object({ day: z.string(), text: z.string(), piiFindings: z.array(z.object({ kind: z.string(), text: z.string() })) })),
});
export type CaseFeedbackResponse = z.infer<typeof caseFeedbackResponse>;

/** The answers with the most Nej in the last LEAST_HELPFUL_WINDOW_DAYS days, most first. */
export const leastHelpfulResponse = z.object({
  since: z.string(),
  items: z.array(z.object({ id: z.string(), title: z.string().nullable(), url: z.string().nullable(), published: z.boolean(), ...feedbackTotals, texts: z.number() })),
});
export type LeastHelpfulResponse = z.infer<typeof leastHelpfulResponse>;

/** Mina aviseringar: how the logged-in editor hears of new questions and cases to review (cms/src/notifications). */
export const notificationsRequest = z.object({ mode: z.enum(NOTIFICATION_MODES) }).strict();
export const notificationsResponse = z.object({
  mode: z.enum(NOTIFICATION_MODES),
  /** whether the server can send mail at all (SMTP set up) */
  mail: z.boolean(),
});
export type NotificationsResponse = z.infer<typeof notificationsResponse>;
