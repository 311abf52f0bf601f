import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * What a municipality may change. Both the CMS and the site validate the config against this
 * schema at start-up, so a typo in a fork fails loudly instead of showing up as an empty page.
 */

const phone = z.string().min(2, 'Telefonnummer saknas');

const contact = z.object({
  name: z.string().min(1),
  phone,
  url: z.url().optional(),
  description: z.string().min(1),
  openingHours: z.string().min(1),
});

export const serviceConfigSchema = z.object({
  service: z.object({
    /** The service's name as citizens see it. */
    name: z.string().min(1),
    /** One sentence under the name on the site. */
    tagline: z.string().min(1),
    /** Who signs the answers: always the service, never a person. */
    signature: z.string().min(1),
  }),
  municipality: z.object({
    name: z.string().min(1),
    url: z.url(),
    /** Where the accessibility statement tells people to report shortcomings. */
    accessibilityContact: z.email(),
  }),
  colours: z.object({
    primary: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    primaryText: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    accent: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    emergency: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  }),
  contacts: z.object({
    /** The municipality's own socialjour, seeded as a referral and shown in the emergency notice. */
    socialjour: contact,
    /** The municipality's ordinary social services reception. */
    socialtjanst: contact,
    /**
     * The national emergency number (112): first in the emergency notice on every page and in the
     * receipt's urgent box. Also seeded as a referral; the site shows the referral bank's entry for
     * the same number when there is one, so that the notice and the referral list agree.
     */
    alarm: contact,
    /** National crisis lines (Självmordslinjen) the emergency notice names after the socialjour; as alarm. */
    crisisLines: z.array(contact),
  }),
  openingHours: z.string().min(1),
  /** Where "Lämna sidan" takes someone who must leave the site at once: a neutral, everyday page. */
  quickExitUrl: z.url(),
  answerPromise: z.object({
    /** Swedish working days (weekends and public holidays excluded) until a question is due. */
    workingDays: z.number().int().min(1).max(20),
  }),
  /**
   * The office's working hours on a working day, Stockholm time: the statistics count the time to
   * answer in these hours only, so a question sent on Friday evening is not "late" by Monday.
   */
  officeHours: z
    .object({
      start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv tiden som TT:MM, till exempel 08:00'),
      end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv tiden som TT:MM, till exempel 16:00'),
    })
    .refine((hours) => hours.start < hours.end, { message: 'Kontorstiden måste sluta efter att den börjar', path: ['end'] })
    .default({ start: '08:00', end: '16:00' }),
  retention: z.object({
    /** Days a rejected submission is kept before the daily purge deletes it. */
    rejectedDays: z.number().int().min(1).max(365),
    /** Days a "Vad saknades?" text from the feedback on an answer is kept before the daily purge deletes it. */
    feedbackDays: z.number().int().min(1).max(365).default(90),
  }),
  /** Words that suggest acute risk; such submissions get the emergency numbers first. */
  acuteRiskWords: z.array(z.string().min(2)).min(1),
  urls: z.object({
    /** Public address of the site; the CMS allows CORS from this origin only. */
    site: z.url(),
    /** Address the site uses to reach the CMS, normally on the internal network. */
    cms: z.url(),
  }),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Checks a configuration; the error names each wrong key by its path, e.g. "colours.primary". */
export function defineConfig(config: unknown, source = 'config/'): ServiceConfig {
  // In Swedish: the people who edit config/ are a municipality's own staff.
  const parsed = serviceConfigSchema.safeParse(config, { error: z.locales.sv().localeError });
  if (!parsed.success) {
    throw new ConfigError(`Fel i ${source}:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * The repository root: found from the working directory (the CMS runs in cms/, the site and its
 * build in site/, scripts at the root), because a bundler moves this file away from config/.
 */
function repositoryRoot(): string {
  let dir = globalThis.process?.cwd?.() ?? '.';
  for (;;) {
    if (existsSync(path.join(dir, 'config', 'schema.ts'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return fileURLToPath(new URL('..', import.meta.url));
    dir = parent;
  }
}

/**
 * The configuration in force: the file named by FRAGELADAN_CONFIG (relative to the repository root),
 * or the given default. Read synchronously, so that both services can import it at load time.
 */
export function loadConfig(fallback: ServiceConfig, env: Record<string, string | undefined> = globalThis.process?.env ?? {}): ServiceConfig {
  const file = env.FRAGELADAN_CONFIG;
  if (!file) return defineConfig(fallback);
  const loaded = createRequire(import.meta.url)(path.resolve(repositoryRoot(), file)) as { default?: unknown };
  return defineConfig(loaded.default ?? loaded, file);
}
