import { errors } from '@strapi/utils';
import { swedishNumber } from '@frageladan/config/domain/limits';
import { messages } from '../../../../../messages';

const LABELS: Record<string, string> = {
  title: messages.labels['api::question.question'].title[0],
  body: messages.labels['api::question.question'].body[0],
  topic: messages.labels['api::question.question'].topic[0],
  answer: messages.labels['api::answer.answer'].body[0],
};

/**
 * Strapi's own schema checks (a required field, a maximum length) answer in English. The workflow's
 * refusals are already Swedish and pass through untouched; these are worded for the editor.
 */
export function swedishValidationError(error: unknown, fieldOverride?: string): unknown {
  if (!(error instanceof errors.ValidationError)) return error;
  const details = error.details as { errors?: Array<{ path?: unknown[]; message?: string }> } | undefined;
  const first = details?.errors?.[0];
  // Already worded for the editor (the workflow's own refusals carry no field list).
  if (!first || error.message === messages.desk.badRequest) return error;
  const field = fieldOverride ?? String(first.path?.[0] ?? '');
  const label = LABELS[field] ?? field;
  const text = first.message ?? '';
  const max = /at most (\d+)/.exec(text)?.[1];
  if (max) return new errors.ValidationError(messages.desk.fieldTooLong(label, swedishNumber(Number(max))), { field });
  if (/defined|required|null/.test(text)) return new errors.ValidationError(messages.desk.fieldRequired(label), { field });
  return new errors.ValidationError(messages.desk.fieldInvalid(label), { field });
}
