import crypto from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { messages } from '../messages';
import { SERVER_FIELDS } from '../workflow/server-fields';

/**
 * The admin as editors see it: Swedish labels and help texts, fields only the workflow writes shown
 * read-only, and the question list as a queue (stage and due date, the oldest due first). Applied
 * when this file's wishes change, not on every start, so an administrator's own changes stay.
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

// What was last applied, per content type: a fingerprint of this file's wishes, so that a new
// version of them is applied once, and a change an administrator makes in the admin is kept.
const APPLIED = { type: 'core', name: 'frageladan', key: 'admin-views-applied' } as const;

function fingerprint(uid: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([messages.labels[uid], READ_ONLY[uid] ?? [], LIST[uid]]))
    .digest('hex');
}

export async function configureAdminViews(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types');
  const store = strapi.store(APPLIED);
  const applied = ((await store.get()) as Record<string, string> | null) ?? {};
  for (const [uid, labels] of Object.entries(messages.labels)) {
    if (applied[uid] === fingerprint(uid)) continue;
    const contentType = strapi.contentType(uid as UID.ContentType);
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
    applied[uid] = fingerprint(uid);
  }
  await store.set({ value: applied });
}
