/**
 * Frågelådan's configuration: the one file a municipality edits when it forks the project.
 * Everything municipal (name, colours, contacts, promises, retention) lives here; nothing of it is
 * hard-coded in cms/ or site/. The two addresses are defaults: SITE_URL and CMS_URL override them
 * (see shared-settings.ts).
 */
import { loadConfig, type ServiceConfig } from './schema.ts';

export type { ServiceConfig } from './schema.ts';

const config: ServiceConfig = {
  service: {
    name: 'Frågelådan',
    tagline: 'Ställ din fråga anonymt till socialtjänsten – och läs svaren på andras.',
    signature: 'Frågelådan',
  },
  municipality: {
    name: 'Exempelkommun',
    url: 'https://www.exempelkommun.se',
    accessibilityContact: 'tillganglighet@exempelkommun.se',
  },
  colours: {
    primary: '#1d4f91',
    primaryText: '#ffffff',
    accent: '#f3c300',
    emergency: '#a4000f',
  },
  contacts: {
    socialjour: {
      name: 'Socialjouren i Exempelkommun',
      phone: '040-34 66 66',
      description:
        'Socialjouren hjälper dig när det är akut och socialtjänstens vanliga kontor har stängt, till exempel vid våld, oro för ett barn eller när du inte har någonstans att sova.',
      openingHours: 'Vardagar kl. 16–08, helger dygnet runt',
    },
    socialtjanst: {
      name: 'Socialtjänsten i Exempelkommun, mottagningen',
      phone: '040-34 10 00',
      url: 'https://www.exempelkommun.se/socialtjanst',
      description: 'Hit vänder du dig för att ansöka om stöd eller för att få prata med en socialsekreterare om din egen situation.',
      openingHours: 'Vardagar kl. 08–16',
    },
    alarm: {
      name: 'SOS Alarm 112',
      phone: '112',
      description:
        'Ring 112 när det är akut och det finns fara för liv, hälsa, egendom eller miljö – till exempel vid våld, hot, allvarlig sjukdom, förgiftning eller brand.',
      openingHours: 'Dygnet runt',
    },
    crisisLines: [
      {
        name: 'Självmordslinjen (Mind)',
        phone: '90101',
        url: 'https://mind.se',
        description: 'För dig som har tankar på att ta ditt liv eller som är orolig för någon annan. Du kan ringa eller chatta anonymt.',
        openingHours: 'Dygnet runt',
      },
    ],
  },
  openingHours: 'Vi läser och besvarar frågor vardagar kl. 08–16.',
  quickExitUrl: 'https://www.google.se/',
  answerPromise: {
    workingDays: 2,
  },
  officeHours: { start: '08:00', end: '16:00' },
  retention: {
    rejectedDays: 30,
    feedbackDays: 90,
  },
  acuteRiskWords: [
    'ta livet av mig',
    'ta mitt liv',
    'självmord',
    'vill inte leva',
    'vill dö',
    'skada mig själv',
    'slår mig nu',
    'hotar att döda',
    'är rädd för mitt liv',
  ],
  urls: {
    site: 'http://localhost:4321',
    cms: 'http://localhost:1337',
  },
};

// FRAGELADAN_CONFIG=config/examples/smaby.ts runs the service with another configuration file
// (a fork's own, or the example); without it, the one above. Checked at start either way.
export default loadConfig(config);
