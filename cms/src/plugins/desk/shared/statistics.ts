import { z } from 'zod';
import type { DeskStatistics } from '@frageladan/config/domain/statistics';
import { REJECTION_REASONS } from '@frageladan/config/domain/stages';

/**
 * GET /desk/statistics as the Statistik page checks it: the shared shape in config/domain/statistics.ts,
 * as zod, held to that type by `satisfies` so the check cannot drift from what the server builds.
 */

const figures = {
  received: z.number(),
  answered: z.number(),
  rejected: z.partialRecord(z.enum(REJECTION_REASONS), z.number()),
  rejectedTotal: z.number(),
  open: z.number(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  withinPromise: z.number().nullable(),
};

export const deskStatistics = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  promiseHours: z.number(),
  totals: z.object(figures),
  weeks: z.array(z.object({ ...figures, week: z.string() })),
  topics: z.array(z.object({ ...figures, topic: z.string().nullable(), name: z.string() })),
}) satisfies z.ZodType<DeskStatistics>;
