import { messages } from '../messages';
import type { PublicShape } from './public-shapes';

/**
 * Turns whatever query a caller sent into the only query the content API runs: published content,
 * the public fields, the server's populate, and filters and sorting on allow-listed paths only.
 * Refuses the rest with a Swedish message instead of silently ignoring it, so that a filter on a
 * private field (or on an admin user's fields through a relation) can never work as an oracle.
 */

export class PublicQueryError extends Error {}

const TOP_LEVEL = new Set(['filters', 'sort', 'pagination', 'fields', 'status', 'populate']);
const OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn',
  '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi',
  '$endsWith', '$endsWithi', '$null', '$notNull', '$between',
]);
const LOGICAL = new Set(['$and', '$or', '$not']);
const PAGINATION = new Set(['page', 'pageSize', 'start', 'limit', 'withCount']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFilters(value: unknown, shape: PublicShape, prefix: string): void {
  if (Array.isArray(value)) {
    for (const item of value) checkFilters(item, shape, prefix);
    return;
  }
  if (!isPlainObject(value)) {
    // A bare value compares the path itself; the path was checked by the caller.
    if (!prefix) throw new PublicQueryError(messages.query.filterNotAllowed(String(value)));
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (LOGICAL.has(key)) {
      checkFilters(inner, shape, prefix);
      continue;
    }
    if (key.startsWith('$')) {
      if (!prefix || !OPERATORS.has(key)) throw new PublicQueryError(messages.query.badOperator(key));
      if (isPlainObject(inner)) throw new PublicQueryError(messages.query.badOperator(key));
      continue;
    }
    const path = prefix ? `${prefix}.${key}` : key;
    const allowed = shape.filterable.some((p) => p === path || p.startsWith(`${path}.`));
    if (!allowed) throw new PublicQueryError(messages.query.filterNotAllowed(path));
    const isLeaf = shape.filterable.includes(path);
    if (!isLeaf && !isPlainObject(inner)) throw new PublicQueryError(messages.query.filterNotAllowed(path));
    checkFilters(inner, shape, path);
  }
}

function listOf(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(listOf);
  if (isPlainObject(value)) return Object.values(value).flatMap(listOf);
  throw new PublicQueryError(messages.query.unknownParameter(String(value)));
}

export function toPublicQuery(query: Record<string, unknown>, shape: PublicShape, single: boolean): Record<string, unknown> {
  for (const key of Object.keys(query)) {
    if (!TOP_LEVEL.has(key)) throw new PublicQueryError(messages.query.unknownParameter(key));
  }
  if (query.status !== undefined && query.status !== 'published') {
    throw new PublicQueryError(messages.query.statusNotAllowed);
  }
  if (query.populate !== undefined) throw new PublicQueryError(messages.query.populateNotAllowed);

  const fields = listOf(query.fields);
  for (const field of fields) {
    if (!shape.fields.includes(field)) throw new PublicQueryError(messages.query.fieldNotAllowed(field));
  }

  const result: Record<string, unknown> = {
    status: 'published',
    fields: fields.length > 0 ? fields : shape.fields,
    populate: shape.populate,
  };
  if (single) {
    if (query.filters !== undefined || query.sort !== undefined || query.pagination !== undefined) {
      throw new PublicQueryError(messages.query.unknownParameter('filters/sort/pagination'));
    }
    return result;
  }

  if (query.filters !== undefined) {
    if (!isPlainObject(query.filters)) throw new PublicQueryError(messages.query.unknownParameter('filters'));
    checkFilters(query.filters, shape, '');
    result.filters = query.filters;
  }
  const sort = listOf(query.sort);
  for (const entry of sort) {
    const [field, direction = 'asc', ...rest] = entry.split(':');
    if (!shape.sortable.includes(field) || rest.length > 0 || !/^(asc|desc)$/i.test(direction)) {
      throw new PublicQueryError(messages.query.sortNotAllowed(entry));
    }
  }
  if (sort.length > 0) result.sort = sort;
  if (query.pagination !== undefined) {
    if (!isPlainObject(query.pagination)) throw new PublicQueryError(messages.query.unknownParameter('pagination'));
    for (const key of Object.keys(query.pagination)) {
      if (!PAGINATION.has(key)) throw new PublicQueryError(messages.query.unknownParameter(`pagination[${key}]`));
    }
    result.pagination = query.pagination;
  }
  return result;
}
