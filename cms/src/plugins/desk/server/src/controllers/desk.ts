import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ZodType } from 'zod';
import { messages } from '../../../../../messages';
import { actionRequest, inboxQuery, publishedQuery, type CaseAction } from '../../../shared/contracts';
import { DESK_ACTIONS } from '../../../shared/permissions';
import { parsePeriod } from '../../../../../statistics/period';
import { swedishValidationError } from '../services/validation-messages';

/** Thin: parse the request, check the desk's permission for the action, call a service. */

interface DeskContext {
  params: Record<string, string>;
  query: unknown;
  request: { body?: unknown };
  state: { user?: { id: number }; userAbility?: { can(action: string): boolean } };
  body: unknown;
  set(name: string, value: string): void;
}

function parse<T>(schema: ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new errors.ValidationError(messages.desk.badRequest);
  return result.data;
}

const REVIEW: ReadonlySet<CaseAction> = new Set(['approve', 'approvePublish', 'publish', 'sendBack', 'unpublish']);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('desk').service(name);
  const me = (ctx: DeskContext) => {
    if (!ctx.state.user) throw new errors.UnauthorizedError();
    return Number(ctx.state.user.id);
  };
  return {
    async inbox(ctx: DeskContext) {
      const { tab, page } = parse(inboxQuery, ctx.query);
      ctx.body = await service('inbox').list(me(ctx), tab, page);
    },
    async counts(ctx: DeskContext) {
      ctx.body = { counts: await service('inbox').counts(me(ctx)) };
    },
    async findCase(ctx: DeskContext) {
      ctx.body = await service('cases').load(ctx.params.id, me(ctx));
    },
    async act(ctx: DeskContext) {
      const request = parse(actionRequest, ctx.request.body);
      const needed = REVIEW.has(request.action) ? DESK_ACTIONS.review : DESK_ACTIONS.work;
      if (!ctx.state.userAbility?.can(needed)) throw new errors.ForbiddenError(messages.desk.notAllowed);
      try {
        await service('actions').run(ctx.params.id, request);
      } catch (error) {
        throw swedishValidationError(error);
      }
      ctx.body = await service('cases').load(ctx.params.id, me(ctx));
    },
    async widget(ctx: DeskContext) {
      ctx.body = await service('inbox').widget(me(ctx));
    },
    async statistics(ctx: DeskContext) {
      ctx.body = await service('statistics').forPeriod(parsePeriod(ctx.query));
    },
    async statisticsCsv(ctx: DeskContext) {
      const { fileName, text } = await service('statistics').csv(parsePeriod(ctx.query));
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${fileName}"`);
      ctx.body = text;
    },
    async published(ctx: DeskContext) {
      const { q, page } = parse(publishedQuery, ctx.query);
      ctx.body = await service('published').search(q, page);
    },
  };
};
