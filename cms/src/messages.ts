import { COMMENT_TEXT, FEEDBACK_TEXT, QUESTION_TEXT, swedishNumber } from '@frageladan/config/domain/limits';
// The Swedish words for stages and reasons are the desk's translations, keyed by the domain values.
import words from './plugins/desk/admin/src/translations/sv.json';

/** A stage or a rejection reason as an editor reads it: never the code. */
export const stageName = (stage: string): string => (words as Record<string, string>)[`stage.${stage}`] ?? stage;
export const reasonName = (reason: string): string => (words as Record<string, string>)[`reason.${reason}`] ?? reason;

/**
 * Every text an editor reads from the CMS's own code, in Swedish, in one place so that a fork can
 * translate it. Strapi's admin shows the message of a refused action as it is.
 */
/** Field labels and help texts in the admin's edit and list views, per content type. */
const labels: Record<string, Record<string, readonly [string, string]>> = {
  'api::question.question': {
    title: ['Rubrik', 'Den publika rubriken, skriven av redaktionen.'],
    body: ['Frågan (redigerad)', 'Frågan som den publiceras: ta bort allt som kan identifiera någon.'],
    slug: ['Webbadress', 'Skapas från rubriken när frågan publiceras.'],
    topic: ['Ämne', ''],
    answer: ['Svar', ''],
    stage: ['Steg', 'Ny → Pågår → Granskas → Godkänd. En kollega som inte skrev svaret godkänner. Publicera sedan med knappen Publicera.'],
    submittedText: ['Inskickad text', 'Så som invånaren skrev. Raderas när frågan publiceras.'],
    piiFindings: ['Möjliga personuppgifter', 'Det som den automatiska kontrollen hittade. Raderas vid publicering.'],
    receiptHash: ['Kvitto (kontrollsumma)', ''],
    idempotencyKey: ['Inlämningsnyckel', 'Gör att en fråga som skickas igen inte sparas två gånger.'],
    receivedAt: ['Mottagen', ''],
    dueAt: ['Ska besvaras senast', ''],
    rejectionReason: ['Skäl för avvisning', 'Krävs när steget sätts till Avvisad.'],
    rejectedAt: ['Avvisad', 'Avvisade frågor raderas efter lagringstiden.'],
    authors: ['Har ändrat sedan godkännandet', 'Redaktörer som har ändrat frågan eller svaret sedan det senast godkändes. Ingen av dem kan godkänna.'],
    piiClearances: ['Inte identifierande', 'Uppgifter som en redaktör har bedömt som offentliga eller ofarliga, med vem och när. Lista texterna, till exempel ["08-123 45 67"].'],
    assignee: ['Handläggs av', 'Redaktören som har tagit ärendet i redaktionen.'],
    reviewedVersion: ['Granskade versioner', 'Texten som den senast godkändes och skickades tillbaka, för jämförelse vid granskning.'],
  },
  'api::answer.answer': {
    body: ['Svar', 'Börja med en inledning och sluta med en avslutning från stilmallarna.'],
    question: ['Fråga', ''],
    template: ['Stilmall', ''],
    writtenBy: ['Skrivet av', 'Sätts automatiskt till den som senast ändrade texten.'],
    writtenAt: ['Skrivet', ''],
    approvedBy: ['Godkänt av', 'Sätts när en kollega godkänner frågan.'],
    approvedAt: ['Godkänt', ''],
  },
  'api::topic.topic': {
    name: ['Namn', ''],
    slug: ['Webbadress', ''],
    description: ['Beskrivning', ''],
    sortOrder: ['Ordning', 'Lägre tal visas först.'],
    questions: ['Frågor', ''],
    referrals: ['Hänvisningar', ''],
  },
  'api::style-template.style-template': {
    name: ['Namn', ''],
    opening: ['Inledning', 'Svarets första stycke.'],
    closing: ['Avslutning', 'Svarets sista stycke; tjänsten signerar, aldrig en person.'],
  },
  'api::referral.referral': {
    name: ['Namn', ''],
    kind: ['Typ', ''],
    phone: ['Telefon', ''],
    url: ['Webbadress', ''],
    description: ['Beskrivning', ''],
    openingHours: ['Öppettider', ''],
    sortOrder: ['Ordning', 'Lägre tal visas först.'],
    topics: ['Ämnen', 'Tomt betyder alla ämnen.'],
  },
};

/** The PII scan's kinds and where in a case a finding was, as an editor reads them. */
const piiKinds: Record<string, string> = {
  personnummer: 'ett personnummer',
  samordningsnummer: 'ett samordningsnummer',
  telefon: 'ett telefonnummer',
  epost: 'en e-postadress',
  adress: 'en adress',
  postnummer: 'ett postnummer',
  registreringsnummer: 'ett registreringsnummer',
};
const piiPlaces = { title: 'i rubriken', body: 'i frågan', answer: 'i svaret' } as const;

export const messages = {
  publish: {
    notApproved:
      `Frågan kan inte publiceras än: svaret måste först godkännas av en annan redaktör än den som skrev det (steget ”${stageName('approved')}”).`,
    noAnswer: 'Frågan kan inte publiceras utan ett svar. Skriv ett svar och låt en kollega granska det först.',
    missingText: 'Frågan behöver både en rubrik och en redigerad frågetext innan den kan publiceras.',
    rejected: 'En avvisad fråga kan aldrig publiceras.',
    notThroughSave:
      'Frågor och svar publiceras bara med knappen Publicera, efter att en kollega har godkänt svaret.',
    answerWithoutQuestion: 'Svaret är inte kopplat till någon fråga och kan därför inte publiceras.',
    identifying: (findings: Array<{ place: 'title' | 'body' | 'answer'; kind: string; text: string }>) =>
      `Frågan kan inte publiceras: ${findings
        .map((f) => `${piiKinds[f.kind] ?? f.kind} (”${f.text}”) ${piiPlaces[f.place]}`)
        .join(', ')} kan identifiera någon. Ta bort uppgiften, eller markera den som inte identifierande om den är offentlig.`,
    badClearance: 'En uppgift som markeras som inte identifierande måste anges med sin text.',
  },
  stage: {
    unknown: (stage: string) => `Okänt steg: ”${stage}”.`,
    transition: (from: string, to: string) =>
      `En fråga kan inte gå direkt från steget ”${stageName(from)}” till ”${stageName(to)}”.`,
    publishedBySave: `Steget ”${stageName('published')}” sätts när frågan publiceras, inte för hand.`,
    approveNeedsAnswer: 'Det finns inget svar att godkänna ännu. Skriv svaret först.',
    ownAnswer:
      'Du kan inte godkänna ett svar som du själv har skrivit. Be en kollega granska och godkänna det (fyra ögon).',
    ownChanges:
      'Du har själv ändrat frågan eller svaret sedan det senast godkändes, så någon annan måste godkänna det (fyra ögon).',
    approverMustBeEditor: 'Bara en inloggad redaktör kan godkänna ett svar.',
    needsTemplate:
      'Svaret måste börja med en inledning och sluta med en avslutning från någon av stilmallarna innan det kan godkännas.',
    rejectionNeedsReason: 'Ange ett skäl när du avvisar en fråga.',
    rejectedCannotHaveAnswerPublished: 'En avvisad fråga kan inte publiceras.',
  },
  bank: {
    badPage: 'Sidan måste anges som ett heltal från 1 och uppåt (?page=1).',
  },
  intake: {
    textRequired: 'Skriv din fråga i fältet ”text”.',
    noVisibleText: 'Frågan innehåller inga synliga tecken.',
    tooShort: `Frågan är för kort. Skriv minst ${swedishNumber(QUESTION_TEXT.min)} tecken.`,
    tooLong: `Frågan är för lång. Skriv högst ${swedishNumber(QUESTION_TEXT.max)} tecken.`,
    badTopic: 'Ämnet ska anges med sitt id.',
    unknownTopic: 'Ämnet finns inte.',
    keyConflict: 'Inlämningsnyckeln har redan använts för en annan fråga.',
    badReceipt: 'Kvittots kontrollsumma har fel format.',
    badFindings: 'Uppgifterna om känsliga detaljer har fel format.',
    badIdempotencyKey: 'Inlämningens nyckel har fel format.',
    badReceiptHash: 'Kvittots kontrollsumma har fel format.',
  },
  /** "Hjälpte svaret dig?" as the site sends it (the site words these for citizens itself). */
  feedback: {
    badQuestion: 'Frågan ska anges med sitt id.',
    unknownQuestion: 'Det finns ingen publicerad fråga med det id:t.',
    badVote: 'Svaret ska vara true (Ja) eller false (Nej) i fältet ”helped”.',
    textMissing: 'Skriv vad som saknades i fältet ”text”.',
    textInvisible: 'Texten innehåller inga synliga tecken.',
    textTooLong: `Texten får vara högst ${swedishNumber(FEEDBACK_TEXT.max)} tecken.`,
  },
  query: {
    statusNotAllowed: 'Bara publicerat innehåll kan hämtas här.',
    populateNotAllowed: 'Vilka relationer som följer med bestäms av servern; skicka inte ”populate”.',
    unknownParameter: (name: string) => `Okänd parameter: ”${name}”.`,
    filterNotAllowed: (path: string) => `Det går inte att filtrera på ”${path}”.`,
    sortNotAllowed: (field: string) => `Det går inte att sortera på ”${field}”.`,
    fieldNotAllowed: (field: string) => `Fältet ”${field}” finns inte eller är inte publikt.`,
    badOperator: (operator: string) => `Okänd filteroperator: ”${operator}”.`,
  },
  labels,
  /** A client tried to write a field that only the workflow writes. */
  serverField: (uid: string, field: string) =>
    `Fältet ”${labels[uid]?.[field]?.[0] ?? field}” fylls i av arbetsflödet och kan inte ändras för hand.`,
  /** The case record (workflow/case-events.ts, case-record.ts) and who has a case (assignment.ts). */
  caseRecord: {
    readOnly: 'Ärendets historik skrivs bara av systemet och kan inte ändras eller tas bort.',
    commentRequired: 'Skriv en kommentar till kollegan om vad som behöver ändras.',
    commentTooLong: `Kommentaren är för lång. Skriv högst ${swedishNumber(COMMENT_TEXT.max)} tecken.`,
    sendBackFromReviewOnly: 'Bara ett ärende som väntar på granskning eller är godkänt kan skickas tillbaka.',
    noSuchCase: 'Ärendet finns inte längre. Det kan ha raderats.',
    editorsOnly: 'Bara en inloggad redaktör kan göra det.',
  },
  /** The editors' desk (src/plugins/desk): what its own routes answer. */
  desk: {
    badRequest: 'Redaktionen skickade något som servern inte förstod. Ladda om sidan och försök igen; det du skrivit finns kvar.',
    notAllowed: 'Din roll får inte göra det här. Be en administratör om behörighet.',
    fieldTooLong: (label: string, max: string) => `”${label}” är för lång: högst ${max} tecken.`,
    fieldRequired: (label: string) => `”${label}” måste fyllas i.`,
    fieldInvalid: (label: string) => `”${label}” har ett värde som inte går att spara.`,
    notificationMode: 'Välj Direkt, Sammanfattning eller Av. Du kan bara ändra dina egna aviseringar.',
    /** Logg's filters (GET /desk/log), each refused with what is wrong with it. */
    logFilter: {
      editor: 'Redaktören i filtret finns inte. Välj en redaktör i listan.',
      case: 'Ärendet i filtret är inte ett ärendenummer. Klistra in numret från ärendets sida.',
      from: 'Från-datumet ska skrivas ÅÅÅÅ-MM-DD och vara ett datum som finns.',
      to: 'Till-datumet ska skrivas ÅÅÅÅ-MM-DD, vara ett datum som finns och inte komma före från-datumet.',
      page: 'Sidan finns inte i loggen.',
    } as Record<string, string>,
  },
  /** The statistics (src/statistics) and the desk's routes that serve them. */
  statistics: {
    badDates: 'Ange perioden med två datum som ÅÅÅÅ-MM-DD, till exempel from=2026-01-01&to=2026-07-01.',
    endBeforeStart: 'Periodens slutdatum måste komma efter startdatumet.',
    tooLong: (years: number) => `Perioden får vara högst ${years} år. Välj en kortare period.`,
    outOfRange: (first: number, last: number) => `Perioden måste ligga mellan år ${first} och ${last}.`,
    noTopic: 'Utan ämne',
    csv: {
      section: 'Avsnitt',
      label: 'Vecka eller ämne',
      total: 'Hela perioden',
      periodLabel: (from: string, to: string) => `${from} – ${to} (till och med dagen före)`,
      week: 'Vecka (måndag)',
      topic: 'Ämne',
      received: 'Inkomna',
      answered: 'Besvarade (först publicerade)',
      rejectedTotal: 'Avvisade',
      rejectedFor: (reason: string) => `Avvisade: ${reason}`,
      open: 'Öppna vid slutet',
      medianHours: 'Svarstid, median (arbetstimmar)',
      p90Hours: 'Svarstid, 90:e percentilen (arbetstimmar)',
      withinPromise: 'Besvarade inom löftet (%)',
    },
  },
  assignment: {
    takenBy: (name: string) => `Ärendet har redan tagits av ${name}.`,
    notYours: (name: string) => `Det är ${name} som har ärendet; bara hen kan lämna tillbaka det.`,
    onlyYourself: 'Du kan bara ta ett ärende själv, inte ge det till någon annan.',
    editorsOnly: 'Bara en inloggad redaktör kan ta ett ärende.',
    someoneElse: 'en annan redaktör',
  },
  account: {
    weakPassword:
      'Lösenordet är för lätt att gissa. Använd minst 12 tecken, gärna flera ord som inte hör ihop, och inte ditt namn, årstider eller årtal.',
    tooManyAttempts: (seconds: number) =>
      `För många misslyckade inloggningar härifrån. Vänta ${Math.ceil(seconds / 60)} minuter och försök igen.`,
    /** Strapi's own English answers on the log-in page, as the editor reads them. */
    loginErrors: {
      'Invalid credentials': 'Fel e-postadress eller lösenord.',
      'User not active': 'Kontot är inte aktiverat. Kontakta en administratör.',
      'Missing credentials': 'Fyll i e-postadress och lösenord.',
    } as Record<string, string>,
  },
  /** E-mail to editors: counts and a link only, never a citizen's words (mail leaves the municipality). */
  notifications: {
    subject: 'Frågelådan: något väntar på dig',
    digestSubject: 'Frågelådan: sammanfattning',
    overdueSubject: (n: number) => (n === 1 ? 'Frågelådan: 1 fråga är försenad' : `Frågelådan: ${n} frågor är försenade`),
    newQuestions: (n: number) => (n === 1 ? '1 ny fråga har kommit in.' : `${n} nya frågor har kommit in.`),
    toReview: (n: number) => (n === 1 ? '1 svar väntar på granskning.' : `${n} svar väntar på granskning.`),
    overdue: (n: number) =>
      n === 1 ? '1 fråga har passerat sista dag för svar och är fortfarande öppen.' : `${n} frågor har passerat sista dag för svar och är fortfarande öppna.`,
    link: (url: string) =>
      `Öppna redaktionen: ${url}\n\nDu får det här mejlet från Frågelådan. Välj själv i redaktionen om du vill ha aviseringar direkt, som sammanfattning eller inte alls.`,
  },
  referral: {
    badUrl: 'Webbadressen måste börja med https://, http://, tel: eller mailto:.',
  },
  upload: {
    onlyImages: (name: string) =>
      `Filen ”${name}” går inte att ladda upp: bara bilder i formaten PNG, JPEG, GIF och WebP tas emot.`,
  },
  secrets: {
    missing: (keys: string[]) =>
      `Frågelådan startar inte i produktion: följande hemligheter saknas eller har exempelvärden: ${keys.join(', ')}. Generera nya värden (till exempel med "openssl rand -base64 32") och sätt dem i miljön.`,
  },
} as const;
