import { z } from 'zod';

/**
 * Runtime settings (environment variables) declared once, with their type, default, Swedish
 * description and whether production needs them. Each service (cms/src/settings.ts,
 * site/server/settings.ts) declares its list with this kit and reads every variable through it;
 * `.env.example` is generated from the same lists (scripts/env-example.ts), and a test keeps the
 * committed file equal to what they say.
 */

export interface Setting<T = unknown> {
  name: string;
  /** Parses the raw string (undefined when unset). */
  schema: z.ZodType<T>;
  /** One Swedish sentence for .env.example and error messages. */
  doc: string;
  /** What .env.example shows; a secret shows nothing. */
  example?: string;
  /** Production refuses to start without it. */
  requiredInProduction?: boolean;
  /** A secret: placeholders and short values are refused in production. */
  secret?: boolean;
  /** Heading it is listed under in .env.example. */
  group: string;
}

export function setting<T>(definition: Setting<T>): Setting<T> {
  return definition;
}

// Schemas for raw environment strings.
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
export function text(): z.ZodType<string | undefined>;
export function text(fallback: string): z.ZodType<string>;
export function text(fallback?: string): z.ZodType<string | undefined> {
  return fallback === undefined ? z.preprocess(blankToUndefined, z.string().optional()) : z.preprocess(blankToUndefined, z.string().default(fallback));
}
export const integer = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
export const flag = (fallback: boolean) =>
  z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (v === undefined) return undefined;
      if (typeof v === 'string' && /^(1|true|yes|ja|on)$/i.test(v)) return true;
      if (typeof v === 'string' && /^(0|false|no|nej|off)$/i.test(v)) return false;
      return v;
    },
    z.boolean().default(fallback),
  );
export function address(): z.ZodType<string | undefined>;
export function address(fallback: string): z.ZodType<string>;
export function address(fallback?: string): z.ZodType<string | undefined> {
  return fallback === undefined ? z.preprocess(blankToUndefined, z.url().optional()) : z.preprocess(blankToUndefined, z.url().default(fallback));
}
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(blankToUndefined, z.enum(values).default(fallback));
export const list = () =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value),
    z.array(z.string()).optional(),
  );

export const positiveIntegers = (fallback: number[]) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.split(',').map((v) => v.trim()) : undefined),
    z.array(z.coerce.number().int().positive()).min(1).default(fallback),
  );

const PLACEHOLDER = /^(tobemodified\d*|changeme|change-me|secret|example|placeholder|xxx+|\.\.\.)$/i;

/** A secret that production must not run with: missing, a known placeholder, or short. */
export function isWeakSecret(value: unknown): boolean {
  const parts = (Array.isArray(value) ? value : [value]).map((part) => String(part ?? '').trim());
  return parts.length === 0 || parts.some((part) => !part || PLACEHOLDER.test(part) || part.length < 16);
}

export class SettingsError extends Error {
  readonly names: string[];
  constructor(service: string, problems: Array<{ name: string; problem: string }>) {
    super(
      `${service} kan inte starta: ${problems.map((p) => `${p.name} ${p.problem}`).join('; ')}. Se .env.example och README:s avsnitt om produktion.`,
    );
    this.name = 'SettingsError';
    this.names = problems.map((p) => p.name);
  }
}

type Values<S extends Record<string, Setting>> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };

/**
 * Reads every declared setting from `env`, or throws naming each variable that is wrong, and in
 * production each one that is missing or (for secrets) a placeholder.
 */
export function readSettings<S extends Record<string, Setting>>(
  service: string,
  definitions: S,
  env: NodeJS.ProcessEnv,
  production: boolean,
): Values<S> {
  const problems: Array<{ name: string; problem: string }> = [];
  const values: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(definitions)) {
    const raw = env[definition.name];
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ name: definition.name, problem: `har ett ogiltigt värde (${definition.doc})` });
      continue;
    }
    values[key] = parsed.data;
    if (!production) continue;
    // Required means set here, not taken from a development default.
    const missing =
      raw === undefined || raw.trim() === '' || parsed.data === undefined || (Array.isArray(parsed.data) && parsed.data.length === 0);
    if (definition.requiredInProduction && missing) problems.push({ name: definition.name, problem: `saknas (${definition.doc})` });
    else if (definition.secret && !missing && isWeakSecret(parsed.data)) {
      problems.push({ name: definition.name, problem: 'är ett exempelvärde eller kortare än 16 tecken' });
    }
  }
  if (problems.length > 0) throw new SettingsError(service, problems);
  return values as Values<S>;
}

/** The lines of .env.example for a list of settings, grouped under their headings. */
export function envExampleLines(definitions: Setting[]): string[] {
  const lines: string[] = [];
  let group = '';
  for (const definition of definitions) {
    if (definition.group !== group) {
      group = definition.group;
      lines.push('', `# ${group}`);
    }
    const required = definition.requiredInProduction ? ' (krävs i produktion)' : '';
    lines.push(`# ${definition.doc}${required}`);
    const example = definition.secret ? '' : (definition.example ?? '');
    lines.push(`${definition.requiredInProduction ? '' : '# '}${definition.name}=${example}`);
  }
  return lines;
}
