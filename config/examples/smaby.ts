/**
 * An example configuration for a fictional small municipality, to show what a fork changes and to
 * test that nothing of the default municipality leaks into a site built with another one:
 *   FRAGELADAN_CONFIG=config/examples/smaby.ts npm start
 * Plain data, checked against config/schema.ts when it is loaded.
 */
import type { ServiceConfig } from '../schema.ts';

const smaby: ServiceConfig = {
  service: {
    name: 'Fråga Socialen i Småby',
    tagline: 'Anonyma frågor till socialtjänsten i Småby – svar från socialsekreterare.',
    signature: 'Socialen i Småby',
  },
  municipality: {
    name: 'Småby kommun',
    url: 'https://www.smaby.example',
    accessibilityContact: 'webb@smaby.example',
  },
  colours: {
    primary: '#2e5e2b',
    primaryText: '#ffffff',
    accent: '#e8b04a',
    emergency: '#9b1c1c',
  },
  contacts: {
    socialjour: {
      name: 'Socialjouren i Småbyregionen',
      phone: '0910-55 12 00',
      description: 'Socialjouren i Småbyregionen svarar när socialkontoret är stängt och något inte kan vänta.',
      openingHours: 'Alla dagar kl. 17–07',
    },
    socialtjanst: {
      name: 'Socialkontoret i Småby',
      phone: '0910-55 10 00',
      url: 'https://www.smaby.example/socialkontoret',
      description: 'Ring socialkontoret för att ansöka om stöd eller boka ett samtal.',
      openingHours: 'Måndag–torsdag kl. 09–15',
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
  openingHours: 'Vi svarar på frågor måndag till torsdag.',
  quickExitUrl: 'https://www.smhi.se/',
  answerPromise: {
    workingDays: 3,
  },
  officeHours: { start: '08:30', end: '16:30' },
  retention: {
    rejectedDays: 14,
    feedbackDays: 90,
  },
  acuteRiskWords: ['ta livet av mig', 'självmord', 'vill inte leva', 'vill dö', 'skada mig själv', 'hotar att döda'],
  urls: {
    site: 'http://localhost:4321',
    cms: 'http://localhost:1337',
  },
};

export default smaby;
