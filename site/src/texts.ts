import serviceConfig from '@frageladan/config';

/**
 * Every text a citizen reads on the site, in Swedish, in one place so that a fork can change or
 * translate it. Municipal facts (names, numbers, promises) come from config/.
 */
const { service, municipality, contacts, answerPromise } = serviceConfig;
// Made once: a formatter is costly to create and the build formats tens of thousands of dates.
const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

export const texts = {
  lang: 'sv',
  skipLink: 'Hoppa till innehållet',
  quickExit: 'Lämna sidan',
  quickExitHint: 'Lämnar sidan direkt. Du kan också trycka på Esc.',
  nav: { home: 'Start', ask: 'Ställ en fråga', search: 'Sök', about: 'Så fungerar tjänsten', topics: 'Ämnen' },
  emergency: {
    heading: 'Akut läge?',
    body: `Ring 112 vid fara för liv. ${contacts.socialjour.name}: ${contacts.socialjour.phone}. Självmordslinjen: 90101.`,
  },
  home: {
    title: `${service.name} – frågor och svar om socialtjänsten`,
    intro: `${service.name} är ${municipality.name}s anonyma frågelåda om socialtjänsten. Du frågar utan att lämna namn, socialsekreterare svarar och svaret publiceras här så att fler kan ta del av det.`,
    ask: 'Ställ en fråga',
    searchLabel: 'Sök bland besvarade frågor',
    searchButton: 'Sök',
    topicsHeading: 'Ämnen',
    latestHeading: 'Senast besvarade',
    count: (n: number) => (n === 1 ? '1 fråga' : `${n} frågor`),
  },
  topic: {
    title: (name: string) => `${name} – frågor och svar`,
    page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
    previous: 'Föregående sida',
    next: 'Nästa sida',
    pagination: 'Sidor',
    empty: 'Det finns inga besvarade frågor i det här ämnet ännu.',
  },
  question: {
    questionHeading: 'Frågan',
    answerHeading: 'Svar',
    published: 'Besvarad',
    topic: 'Ämne',
    related: 'Liknande frågor',
    referrals: 'Här kan du också få hjälp',
    signature: `Svaret är skrivet av socialsekreterare på ${service.signature} och granskat av en kollega.`,
  },
  search: {
    title: 'Sök bland besvarade frågor',
    label: 'Sökord',
    button: 'Sök',
    noScript: 'Sökningen behöver JavaScript. Du kan också bläddra bland frågorna efter ämne.',
    // {n} and {q} are filled in by the search script in the browser.
    none: 'Inga frågor hittades för ”{q}”. Prova ett annat ord eller bläddra bland ämnena.',
    one: '1 fråga hittades för ”{q}”.',
    many: '{n} frågor hittades för ”{q}”.',
    loading: 'Söker …',
  },
  about: {
    title: 'Så fungerar tjänsten',
    sections: [
      ['Anonymt', `Du behöver inte lämna namn, e-post eller telefonnummer. Vi sparar inte din IP-adress och sätter inga kakor. Skriv inte heller sådant i frågan som kan avslöja vem du eller någon annan är.`],
      ['Allmänna svar, aldrig ärenden', `Vi svarar på vad som gäller i allmänhet. Vi kan inte utreda eller fatta beslut i ditt ärende genom ${service.name}. Vill du ansöka om stöd eller prata om just din situation, kontakta ${contacts.socialtjanst.name}, ${contacts.socialtjanst.phone} (${contacts.socialtjanst.openingHours}).`],
      ['Frågan redigeras innan den publiceras', 'En socialsekreterare läser din fråga, tar bort det som kan peka ut någon och kortar den ibland. Frågan och svaret publiceras tillsammans, efter att en kollega har granskat svaret.'],
      ['Svar inom ' + answerPromise.workingDays + ' arbetsdagar', `Vi svarar inom ${answerPromise.workingDays} arbetsdagar. ${serviceConfig.openingHours}`],
      ['Akut? Vänd dig någon annanstans', `Frågelådan är inte till för akuta lägen. Ring 112 vid fara för liv, ${contacts.socialjour.name} på ${contacts.socialjour.phone} (${contacts.socialjour.openingHours}) eller Självmordslinjen på 90101.`],
    ] as Array<[string, string]>,
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    intro: `${municipality.name} står bakom ${service.name}. Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.`,
    status: 'Webbplatsen är förenlig med lagen om tillgänglighet till digital offentlig service och uppfyller WCAG 2.1 nivå AA. Den testas automatiskt med axe i en riktig webbläsare på mobil- och datorbredd, och går att använda helt med tangentbord.',
    known: 'Kända brister: sökfunktionen kräver JavaScript. Alla frågor och svar går att nå utan JavaScript genom ämnessidorna.',
    reportHeading: 'Rapportera brister',
    report: `Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, mejla ${municipality.accessibilityContact}. Vi svarar inom två arbetsdagar.`,
    supervisionHeading: 'Tillsyn',
    supervision: 'Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det (digg.se).',
  },
  ask: {
    notYet: (name: string, phone: string) =>
      `Formuläret för att ställa frågor öppnar snart. Till dess når du ${name} på ${phone}.`,
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Sidan du letar efter finns inte, eller så har frågan tagits bort. Prova att söka eller gå till startsidan.',
  },
  footer: {
    about: 'Så fungerar tjänsten',
    accessibility: 'Tillgänglighet',
    openData: 'Öppna data',
    feed: 'Nya svar (Atom-flöde)',
    privacy: 'Inga kakor, ingen spårning, inget från tredje part.',
  },
  openData: {
    feedTitle: `${service.name}: nya svar`,
  },
  date: (iso: string) => longDate.format(new Date(iso)),
};
