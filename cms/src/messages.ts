/**
 * Every text an editor reads from the CMS's own code, in Swedish, in one place so that a fork can
 * translate it. Strapi's admin shows the message of a refused action as it is.
 */
export const messages = {
  publish: {
    notApproved:
      'Frågan kan inte publiceras än: svaret måste först godkännas av en annan redaktör än den som skrev det (steget ”approved”).',
    noAnswer: 'Frågan kan inte publiceras utan ett svar. Skriv ett svar och låt en kollega granska det först.',
    missingText: 'Frågan behöver både en rubrik och en redigerad frågetext innan den kan publiceras.',
    rejected: 'En avvisad fråga kan aldrig publiceras.',
    notThroughSave:
      'Frågor och svar publiceras bara med knappen Publicera, efter att en kollega har godkänt svaret.',
    answerWithoutQuestion: 'Svaret är inte kopplat till någon fråga och kan därför inte publiceras.',
  },
  stage: {
    unknown: (stage: string) => `Okänt steg: ”${stage}”.`,
    transition: (from: string, to: string) =>
      `En fråga kan inte gå direkt från steget ”${from}” till ”${to}”.`,
    publishedBySave: 'Steget ”published” sätts när frågan publiceras, inte för hand.',
    approveNeedsAnswer: 'Det finns inget svar att godkänna ännu. Skriv svaret först.',
    ownAnswer:
      'Du kan inte godkänna ett svar som du själv har skrivit. Be en kollega granska och godkänna det (fyra ögon).',
    approverMustBeEditor: 'Bara en inloggad redaktör kan godkänna ett svar.',
    needsTemplate:
      'Svaret måste börja med en inledning och sluta med en avslutning från någon av stilmallarna innan det kan godkännas.',
    rejectionNeedsReason: 'Ange ett skäl när du avvisar en fråga.',
    rejectedCannotHaveAnswerPublished: 'En avvisad fråga kan inte publiceras.',
  },
  intake: {
    textRequired: 'Skriv din fråga i fältet ”text”.',
    tooShort: (min: number) => `Frågan är för kort. Skriv minst ${min} tecken.`,
    tooLong: (max: number) => `Frågan är för lång. Skriv högst ${max} tecken.`,
    badTopic: 'Ämnet ska anges med sitt id.',
    badReceipt: 'Kvittots kontrollsumma har fel format.',
    badFindings: 'Uppgifterna om känsliga detaljer har fel format.',
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
  secrets: {
    missing: (keys: string[]) =>
      `Frågelådan startar inte i produktion: följande hemligheter saknas eller har exempelvärden: ${keys.join(', ')}. Generera nya värden (till exempel med "openssl rand -base64 32") och sätt dem i miljön.`,
  },
} as const;
