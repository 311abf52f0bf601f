/**
 * .env.example as the settings modules declare it (cms/src/settings.ts, site/server/settings.ts,
 * scripts/lib/settings.ts, the benches' too): written by `npm run env-example`, compared by a test.
 */
import type { Setting } from '../../config/settings-kit.ts';
import { envExampleLines } from '../../config/settings-kit.ts';
import { CMS_SETTINGS } from '../../cms/src/settings.ts';
import { SITE_SETTINGS } from '../../site/server/settings.ts';
import { BENCH_SETTINGS, OPERATOR_SETTINGS } from './settings.ts';

const HEADER = [
  '# Frågelådan – miljövariabler. Genererad av `npm run env-example` från inställningsmodulerna; ändra där, inte här.',
  '# `npm start` skapar .env med hemligheter första gången. I produktion sätter du dem i miljön själv',
  '# (generera med: openssl rand -base64 32). Rader utan # krävs i produktion; resten har standardvärden.',
];

export function envExample(): string {
  const seen = new Set<string>();
  const all: Setting[] = [];
  for (const list of [CMS_SETTINGS, SITE_SETTINGS, OPERATOR_SETTINGS, BENCH_SETTINGS]) {
    for (const definition of Object.values(list) as Setting[]) {
      if (seen.has(definition.name)) continue;
      seen.add(definition.name);
      all.push(definition);
    }
  }
  // Grouped by heading, in the order the headings first appear.
  const order = [...new Set(all.map((d) => d.group))];
  all.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  return [...HEADER, ...envExampleLines(all), ''].join('\n');
}
