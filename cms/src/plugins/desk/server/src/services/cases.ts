import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isCaseEventKind } from '@frageladan/config/domain/case-events';
import { dueState } from '@frageladan/config/domain/due';
import { isRejectionReason } from '@frageladan/config/domain/stages';
import { messages } from '../../../../../messages';
import serviceConfig from '../../../../../service-config';
import { cmsSettings } from '../../../../../settings';
import { CASE_EVENT } from '../../../../../workflow/case-events';
import { QUESTION, REFERRAL, STYLE_TEMPLATE, TOPIC, findQuestionDraft } from '../../../../../workflow/documents';
import { editorNames } from '../../../../../workflow/editor-names';
import { approvalBlocker, caseAuthors } from '../../../../../workflow/four-eyes';
import { publicNumbers } from '../../../../../workflow/pii-guard';
import { readVersions } from '../../../../../workflow/reviewed-version';
import type { CaseEventDto, CaseResponse, Person } from '../../../shared/contracts';

/** One case, whole, in one answer: everything the case and review screens show. */

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

export function questionUrl(slug: string): string {
  return `${cmsSettings().siteUrl.replace(/\/$/, '')}/fragor/${slug}`;
}

export interface StoredEvent {
  caseId: string;
  id: number;
  kind: string;
  at: string;
  actor: number | null;
  actorName: string | null;
  from: string | null;
  to: string | null;
  reason: string | null;
  comment: string | null;
}

/** An entry of the record as the desk shows it; `names` fills in a name the entry was stored without. */
export function eventDto(e: StoredEvent, names: Map<number, string>): CaseEventDto | null {
  if (!isCaseEventKind(e.kind)) return null;
  return {
    id: Number(e.id),
    kind: e.kind,
    at: iso(e.at) ?? '',
    actor: e.actorName ?? (e.actor ? names.get(Number(e.actor)) ?? null : null),
    actorId: e.actor ? Number(e.actor) : null,
    actorKind: e.actor ? 'editor' : e.kind === 'received' ? 'citizen' : 'system',
    from: e.from,
    to: e.to,
    reason: e.reason,
    comment: e.comment,
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(documentId: string, me: number): Promise<CaseResponse> {
    const question = await findQuestionDraft(strapi, documentId);
    if (!question) throw new errors.NotFoundError(messages.caseRecord.noSuchCase);
    const row = question.fields;
    const answer = question.answer;

    const live = (await strapi.db.query(QUESTION).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      select: ['title', 'body', 'slug', 'publishedAt'],
      populate: { answer: { select: ['body'] } },
    })) as { title: string | null; body: string | null; slug: string | null; publishedAt: string; answer: { body: string | null } | null } | null;

    const events = (await strapi.db.query(CASE_EVENT).findMany({
      where: { caseId: documentId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      limit: 1000,
    })) as StoredEvent[];

    const editors = [...(await editorNames(strapi)).entries()].map(([id, name]) => ({ id, name }));
    const name = (id: number | null | undefined): Person | null =>
      id === null || id === undefined ? null : { id, name: editors.find((e) => e.id === id)?.name ?? '–' };

    const names = new Map(editors.map((e) => [e.id, e.name]));
    const history = events.flatMap((e) => eventDto(e, names) ?? []);

    const [topics, templates, referrals, numbers] = await Promise.all([
      strapi.documents(TOPIC).findMany({ status: 'published', fields: ['name', 'sortOrder'], sort: 'sortOrder:asc', limit: 200 }),
      strapi.documents(STYLE_TEMPLATE).findMany({ fields: ['name', 'opening', 'closing'], sort: 'name:asc', limit: 200 }),
      strapi.documents(REFERRAL).findMany({ status: 'published', fields: ['name', 'phone', 'url', 'openingHours', 'sortOrder'], sort: 'sortOrder:asc', limit: 200 }),
      publicNumbers(strapi),
    ]);

    const similarText = `${question.title ?? ''}\n${question.body ?? ''}`;
    const similar = await strapi.plugin('desk').service('similar').similar(similarText, documentId);

    return {
      question: {
        id: documentId,
        title: question.title ?? '',
        body: question.body ?? '',
        submittedText: typeof row.submittedText === 'string' && row.submittedText ? row.submittedText : null,
        stage: question.stage,
        rejectionReason: isRejectionReason(question.rejectionReason) ? question.rejectionReason : null,
        receivedAt: iso(row.receivedAt),
        dueAt: iso(row.dueAt),
        due: dueState(row.dueAt as string | null, new Date()),
        topicId: question.topic?.documentId ?? null,
        assignee: name(question.assignee?.id),
        piiClearances: question.piiClearances.map((c) => c.text),
      },
      answer: answer
        ? {
            id: answer.documentId,
            body: answer.body ?? '',
            templateId: answer.template?.documentId ?? null,
            writtenBy: name(answer.writtenBy?.id),
            approvedBy: name(answer.approvedBy?.id),
          }
        : null,
      live:
        live && live.slug
          ? {
              url: questionUrl(live.slug),
              publishedAt: iso(live.publishedAt) ?? '',
              title: live.title ?? '',
              body: live.body ?? '',
              answer: live.answer?.body ?? '',
            }
          : null,
      versions: readVersions(row.reviewedVersion),
      me: { id: me, approvalBlocker: approvalBlocker(question, caseAuthors(question), me) },
      history,
      similar,
      topics: topics.map((t) => ({ id: t.documentId, name: t.name ?? '' })),
      templates: templates.map((t) => ({ id: t.documentId, name: t.name ?? '', opening: t.opening ?? '', closing: t.closing ?? '' })),
      referrals: referrals.map((r) => ({
        id: r.documentId,
        name: r.name ?? '',
        phone: r.phone ?? null,
        url: r.url ?? null,
        openingHours: r.openingHours ?? null,
      })),
      publicNumbers: numbers,
      urgentWords: [...serviceConfig.acuteRiskWords],
      editors,
    };
  },
});
