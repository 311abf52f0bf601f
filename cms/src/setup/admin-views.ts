import type { Core } from '@strapi/strapi';
import { messages } from '../messages';
import { SERVER_FIELDS } from '../workflow/server-fields';

/**
 * The admin as editors see it: Swedish labels and help texts, fields only the workflow writes shown
 * read-only, and the question list as a queue (stage and due date, the oldest due first).
 */

// The fields only the workflow writes: shown read-only here, refused on every route by the workflow.
const READ_ONLY = SERVER_FIELDS;

const LIST: Record<string, { fields: string[]; sortBy: string; order: 'ASC' | 'DESC'; mainField: string }> = {
  'api::question.question': { fields: ['id', 'title', 'stage', 'dueAt', 'topic'], sortBy: 'dueAt', order: 'ASC', mainField: 'title' },
  'api::answer.answer': { fields: ['id', 'question', 'writtenBy', 'approvedBy'], sortBy: 'updatedAt', order: 'DESC', mainField: 'id' },
  'api::topic.topic': { fields: ['id', 'name', 'sortOrder'], sortBy: 'sortOrder', order: 'ASC', mainField: 'name' },
  'api::style-template.style-template': { fields: ['id', 'name'], sortBy: 'name', order: 'ASC', mainField: 'name' },
  'api::referral.referral': { fields: ['id', 'name', 'kind', 'phone'], sortBy: 'sortOrder', order: 'ASC', mainField: 'name' },
};

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: unknown };
};

export async function configureAdminViews(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types');
  for (const [uid, labels] of Object.entries(messages.labels)) {
    const contentType = strapi.contentType(uid as never);
    const configuration = (await service.findConfiguration(contentType)) as Configuration & { uid?: string };
    const { uid: _uid, ...current } = configuration;
    for (const [field, [label, description]] of Object.entries(labels)) {
      const meta = current.metadatas[field];
      if (!meta) continue;
      meta.edit = { ...meta.edit, label, description };
      if (READ_ONLY[uid]?.includes(field)) meta.edit.editable = false;
      meta.list = { ...meta.list, label };
    }
    const list = LIST[uid];
    current.layouts.list = list.fields;
    current.settings = { ...current.settings, defaultSortBy: list.sortBy, defaultSortOrder: list.order, mainField: list.mainField };
    await service.updateConfiguration(contentType, current);
  }
}
