/**
 * Demo content for Frågelådan, seeded on a first, non-production run.
 *
 * All questions, names and details are invented. The answers are general and describe how things
 * usually work in Swedish social services; they are not individual case handling. Answer bodies
 * do not contain the opening or the closing: code wraps them with the chosen style template.
 */
import serviceConfig from '@frageladan/config';
import type { DemoTopic, DemoStyleTemplate, DemoReferral, DemoQuestion } from './demo-types';

/** The answers are signed by the service, as config/ names it. */
const { signature } = serviceConfig.service;

/** Joins Markdown blocks with a blank line between them. */
function md(...blocks: string[]): string {
  return blocks.join('\n\n');
}

/** A Markdown bulleted list. */
function ul(...items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** A Markdown numbered list. */
function ol(...items: string[]): string {
  return items.map((item, index) => `${index + 1}. ${item}`).join('\n');
}

export const topics: DemoTopic[] = [
  {
    slug: 'ekonomiskt-bistand',
    name: 'Ekonomiskt bistånd',
    description:
      'Frågor om försörjningsstöd, nödprövning och bistånd till exempelvis tandvård, möbler eller glasögon. Här förklarar vi hur prövningen brukar gå till.',
    sortOrder: 1,
  },
  {
    slug: 'skulder-och-ekonomi',
    name: 'Skulder och ekonomi',
    description:
      'Om skulder, Kronofogden, löneutmätning och skuldsanering. Du kan också läsa om kommunens kostnadsfria budget- och skuldrådgivning.',
    sortOrder: 2,
  },
  {
    slug: 'boende',
    name: 'Boende',
    description:
      'Om hyresskulder, uppsägning, vräkning och hemlöshet. Vi berättar vad socialtjänsten kan och inte kan hjälpa till med när det gäller bostad.',
    sortOrder: 3,
  },
  {
    slug: 'missbruk-och-beroende',
    name: 'Missbruk och beroende',
    description:
      'Frågor om alkohol, narkotika, läkemedel och spel om pengar – för dig själv eller för någon du bryr dig om. Här finns också information om LVM.',
    sortOrder: 4,
  },
  {
    slug: 'vald-i-nara-relationer',
    name: 'Våld i nära relationer',
    description:
      'Om fysiskt, psykiskt, sexuellt och ekonomiskt våld från en partner eller någon annan närstående. Vi berättar om stöd, skydd och vart du kan vända dig.',
    sortOrder: 5,
  },
  {
    slug: 'barn-och-familj',
    name: 'Barn och familj',
    description:
      'Frågor om föräldraskap, familjestöd och socialtjänstens arbete med barn och unga, bland annat LVU. För dig som är förälder eller står ett barn nära.',
    sortOrder: 6,
  },
  {
    slug: 'orosanmalan',
    name: 'Orosanmälan',
    description:
      'Hur gör man en orosanmälan och vad händer sedan? Här svarar vi både den som vill anmäla och den som själv har blivit anmäld.',
    sortOrder: 7,
  },
  {
    slug: 'relationer-och-separation',
    name: 'Relationer och separation',
    description:
      'Om separation, vårdnad, boende, umgänge och underhåll för barn. Här kan du läsa om familjerättens samarbetssamtal och avtal.',
    sortOrder: 8,
  },
  {
    slug: 'aldre',
    name: 'Äldre',
    description:
      'Frågor om hemtjänst, särskilt boende och annat stöd till äldre. Här finns också svar till dig som är anhörig till en äldre person.',
    sortOrder: 9,
  },
  {
    slug: 'funktionsnedsattning',
    name: 'Funktionsnedsättning',
    description:
      'Om LSS, personlig assistans, boendestöd och andra insatser för barn och vuxna med funktionsnedsättning. Vi förklarar vem som ansvarar för vad.',
    sortOrder: 10,
  },
  {
    slug: 'psykisk-halsa',
    name: 'Psykisk hälsa',
    description:
      'Om psykisk ohälsa, ensamhet och oro för någon som mår dåligt. Vi berättar vilket stöd socialtjänsten och vården kan ge.',
    sortOrder: 11,
  },
  {
    slug: 'unga',
    name: 'Unga',
    description:
      'För dig som är ung och har frågor om familjen, hemmet, kompisar eller sådant som känns svårt. Här kan du också läsa om vilka rättigheter du har.',
    sortOrder: 12,
  },
];

export const styleTemplates: DemoStyleTemplate[] = [
  {
    key: 'standard',
    name: 'Allmänt svar',
    opening:
      'Hej och tack för din fråga! Det är bra att du hör av dig, och vi ska försöka ge dig ett så tydligt svar som möjligt.',
    closing:
      `Vi hoppas att svaret ger dig lite vägledning. Du är alltid välkommen att höra av dig igen. Med vänliga hälsningar, ${signature}`,
  },
  {
    key: 'anhorig',
    name: 'Till dig som är anhörig',
    opening:
      'Hej och tack för att du skriver till oss! Det märks att du bryr dig om någon som står dig nära, och det är vanligt att man som anhörig känner både oro och osäkerhet.',
    closing:
      `Glöm inte att ta hand om dig själv också – som anhörig har du rätt till eget stöd. Hör gärna av dig igen om du har fler frågor. Med vänliga hälsningar, ${signature}`,
  },
  {
    key: 'hanvisning',
    name: 'Hänvisning vidare',
    opening:
      'Hej och tack för din fråga! Vi kan inte ge besked i enskilda ärenden här, men vi kan berätta hur det brukar fungera och vart du kan vända dig.',
    closing:
      `Vi hoppas att du får den hjälp du behöver. Tveka inte att ta kontakt med dem vi har tipsat om – och du är alltid välkommen tillbaka hit med fler frågor. Med vänliga hälsningar, ${signature}`,
  },
  {
    key: 'unga',
    name: 'Till dig som är ung',
    opening:
      'Hej! Vad bra att du skriver till oss – det är modigt att ställa frågor om sådant som känns svårt.',
    closing:
      `Kom ihåg att du inte är ensam och att det finns vuxna som vill hjälpa dig. Skriv gärna igen om du undrar något mer. Med vänliga hälsningar, ${signature}`,
  },
  {
    key: 'allvar',
    name: 'Svar vid oro och allvar',
    opening:
      'Hej, och tack för att du berättar om något som låter riktigt tungt. Vi vill börja med att säga att det är bra att du har sökt dig hit.',
    closing:
      `Om du eller någon annan är i akut fara – ring alltid 112. Du är varmt välkommen att höra av dig till oss igen. Med vänliga hälsningar, ${signature}`,
  },
];

export const referrals: DemoReferral[] = [
  // The national numbers the site's emergency notice names are in config/, once: the seed uses them.
  { ...serviceConfig.contacts.alarm, kind: 'emergency', topics: [], sortOrder: 1 },
  {
    name: '1177 Vårdguiden',
    kind: 'helpline',
    phone: '1177',
    url: 'https://www.1177.se',
    description:
      'Sjukvårdsrådgivning per telefon och information om hälsa och vård. Här kan du få råd om var du ska söka vård, även vid psykisk ohälsa.',
    openingHours: 'Dygnet runt',
    topics: ['psykisk-halsa', 'missbruk-och-beroende', 'aldre', 'funktionsnedsattning'],
    sortOrder: 2,
  },
  {
    name: 'Polisen',
    kind: 'authority',
    phone: '114 14',
    url: 'https://polisen.se',
    description:
      'Polisens nummer för ärenden som inte är akuta, till exempel för att göra en polisanmälan eller fråga om kontaktförbud. Vid pågående brott, ring 112.',
    openingHours: 'Dygnet runt',
    topics: ['vald-i-nara-relationer', 'barn-och-familj', 'unga'],
    sortOrder: 3,
  },
  {
    name: 'BRIS – Barnens rätt i samhället',
    kind: 'organisation',
    phone: '116 111',
    url: 'https://www.bris.se',
    description:
      'Stöd för barn och unga upp till 18 år. Du kan ringa, chatta eller mejla och vara anonym. BRIS har också stöd för vuxna som är oroliga för ett barn.',
    topics: ['unga', 'barn-och-familj', 'orosanmalan', 'relationer-och-separation'],
    sortOrder: 4,
  },
  {
    name: 'Kvinnofridslinjen',
    kind: 'helpline',
    phone: '020-50 50 50',
    url: 'https://kvinnofridslinjen.se',
    description:
      'Nationell stödtelefon för dig som har utsatts för hot, våld eller sexuella övergrepp, och för anhöriga. Samtalet är kostnadsfritt och du kan vara anonym.',
    openingHours: 'Dygnet runt',
    topics: ['vald-i-nara-relationer'],
    sortOrder: 5,
  },
  ...serviceConfig.contacts.crisisLines.map((line, i): DemoReferral => ({
    ...line,
    kind: 'helpline',
    topics: ['psykisk-halsa', 'unga'],
    sortOrder: 6 + i,
  })),
  {
    name: 'Alkohollinjen',
    kind: 'helpline',
    phone: '020-84 44 48',
    url: 'https://alkohollinjen.se',
    description:
      'Kostnadsfri och anonym rådgivning för dig som vill förändra dina alkoholvanor, och för dig som är anhörig till någon som dricker för mycket.',
    topics: ['missbruk-och-beroende'],
    sortOrder: 7,
  },
  {
    name: 'Giftinformationscentralen',
    kind: 'authority',
    phone: '010-456 67 00',
    url: 'https://giftinformation.se',
    description:
      'Råd om förgiftningar och om vad man ska göra om någon har fått i sig något farligt, till exempel läkemedel eller kemikalier. Vid akut förgiftning, ring 112.',
    topics: ['missbruk-och-beroende', 'barn-och-familj'],
    sortOrder: 8,
  },
  {
    name: 'Stödlinjen för spel om pengar',
    kind: 'helpline',
    phone: '020-81 91 00',
    url: 'https://stodlinjen.se',
    description:
      'Kostnadsfritt och anonymt stöd för dig som har problem med spel om pengar och för dig som är anhörig.',
    topics: ['missbruk-och-beroende', 'skulder-och-ekonomi'],
    sortOrder: 9,
  },
  {
    name: 'Äldrelinjen (Mind)',
    kind: 'helpline',
    phone: '020-22 22 33',
    url: 'https://mind.se',
    description:
      'Stödlinje för äldre som känner sig ensamma, oroliga eller nedstämda och vill prata med någon.',
    topics: ['aldre', 'psykisk-halsa'],
    sortOrder: 10,
  },
  {
    name: 'Jourhavande medmänniska',
    kind: 'helpline',
    phone: '08-702 16 80',
    description:
      'Ideell jourtelefon för dig som behöver prata med någon, särskilt på kvällar och nätter när det känns som tyngst.',
    topics: ['psykisk-halsa', 'aldre'],
    sortOrder: 11,
  },
  {
    name: 'Kronofogden',
    kind: 'authority',
    phone: '0771-73 73 00',
    url: 'https://kronofogden.se',
    description:
      'Myndigheten som handlägger betalningsförelägganden, utmätning, avhysning och skuldsanering. Här kan du få svar på frågor om dina skulder.',
    topics: ['skulder-och-ekonomi', 'boende', 'ekonomiskt-bistand'],
    sortOrder: 12,
  },
  {
    name: 'Föräldralinjen (Mind)',
    kind: 'helpline',
    phone: '020-85 20 00',
    url: 'https://mind.se',
    description:
      'Stödlinje för föräldrar och andra vuxna i ett barns närhet som vill prata om föräldraskap, oro för ett barn eller en svår situation i familjen.',
    topics: ['barn-och-familj', 'relationer-och-separation', 'orosanmalan'],
    sortOrder: 13,
  },
];

export const questions: DemoQuestion[] = [
  // ── Ekonomiskt bistånd ─────────────────────────────────────────────────────────────────────
  {
    title: 'Kan jag få hjälp med mat när pengarna tar slut innan lönen?',
    body: 'Jag har ett jobb, men timmarna har minskat och lönen räcker inte hela månaden. Nu är det tio dagar kvar till lön och jag har nästan ingen mat hemma. Kan man få hjälp av socialtjänsten bara med mat, fast man inte har försörjningsstöd? Hur snabbt går det i så fall?',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 12,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Ja, du kan vända dig till socialtjänsten och ansöka om ekonomiskt bistånd även om du har ett arbete och inte har fått stöd tidigare. Om du saknar pengar till mat just nu kan socialtjänsten göra en så kallad **nödprövning**, som ibland också kallas akutprövning. Det innebär att man snabbt bedömer om du har ett akut behov som inte kan lösas på annat sätt, till exempel med egna pengar, sparande eller annan hjälp.',
        'Vid en nödprövning får du berätta om din situation och visa vilka pengar du har tillgång till, till exempel med kontoutdrag. Om socialtjänsten bedömer att du har rätt till hjälp kan den ges samma dag eller inom kort, ofta som ett mindre belopp till livsmedel.',
        'Tänk på att nödprövningen bara löser det akuta. Om din inkomst regelbundet inte räcker kan det vara bra att göra en vanlig ansökan om ekonomiskt bistånd. Då prövas hela hushållets ekonomi, och inkomsterna jämförs med riksnormen och skäliga kostnader för till exempel hyra och hushållsel.',
        'Så här kan du gå vidare:',
        ul(
          'Kontakta socialtjänsten i kommunen där du bor så tidigt på dagen som möjligt och berätta att det är akut.',
          'Ha gärna kontoutdrag och lönebesked till hands.',
          'Om det är kväll eller helg och läget är akut kan du kontakta socialjouren.',
        ),
        'Det är inget att skämmas över att be om hjälp – ekonomiskt bistånd finns just för situationer när pengarna inte räcker till det allra nödvändigaste.',
      ),
    },
  },
  {
    title: 'Kan jag få ekonomiskt bistånd till tandvård?',
    body: 'Jag har haft försörjningsstöd i ett halvår och har fått ont i en tand. Tandläkaren säger att jag behöver laga flera tänder och att det kommer att kosta mycket. Betalar socialtjänsten för tandvård, och hur gör jag i så fall?',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 48,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Ekonomiskt bistånd kan beviljas till tandvård, men det görs alltid en individuell prövning. Utgångspunkten är att socialtjänsten kan hjälpa till med **akut tandvård**, till exempel när du har värk eller en infektion, och med tandvård som bedöms som **nödvändig**. Behandlingar som främst är kosmetiska brukar däremot inte ingå.',
        'Så här brukar det gå till:',
        ul(
          'Vid akut värk: sök tandvård och berätta för din handläggare så snart du kan. Vänta inte med att söka vård om du har mycket ont.',
          'Vid planerad behandling: be tandläkaren om ett skriftligt **kostnadsförslag** och lämna in det till socialtjänsten tillsammans med en ansökan innan behandlingen börjar.',
          'Socialtjänsten kan låta en förtroendetandläkare granska kostnadsförslaget, för att bedöma vad som är nödvändigt och om kostnaden är rimlig.',
        ),
        'Vänta med att påbörja en större behandling tills du har fått ett beslut. Annars finns det en risk att du själv får stå för kostnaden.',
        'Alla vuxna omfattas också av det statliga tandvårdsstödet, som dras av direkt hos tandläkaren. Socialtjänsten bedömer sedan vad som återstår att betala.',
        'Om du får avslag på hela eller delar av ansökan har du rätt till ett skriftligt beslut, och du kan överklaga det till förvaltningsrätten. Din handläggare kan berätta hur du gör.',
      ),
    },
  },
  {
    title: 'Måste jag sälja min bil för att få försörjningsstöd?',
    body: 'Jag har blivit arbetslös och ersättningen från a-kassan räcker inte. Jag äger en äldre bil som jag använder för att skjutsa barnen till förskolan. Handläggaren säger att bilen kan påverka min ansökan. Stämmer det?',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 133,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Ja, det stämmer att en bil kan påverka rätten till ekonomiskt bistånd. Försörjningsstöd är samhällets yttersta skyddsnät, och därför förväntas man först använda de tillgångar man har. Till tillgångar räknas till exempel sparpengar, aktier, fritidshus och fordon som har ett ekonomiskt värde.',
        'Det betyder inte automatiskt att du måste sälja bilen. Socialtjänsten gör en individuell bedömning och tittar bland annat på:',
        ul(
          'vilket värde bilen har om den säljs,',
          'om du behöver bilen för att ta dig till ett arbete eller för att söka arbete,',
          'om någon i hushållet behöver bilen på grund av sjukdom eller funktionsnedsättning,',
          'hur länge du bedöms behöva bistånd.',
        ),
        'Om bilen har ett lågt värde, eller om det finns särskilda skäl, kan du få behålla den. Om behovet av bistånd bedöms bli mycket kortvarigt kan socialtjänsten ibland också avstå från att kräva en försäljning. Kostnader för bilen, som försäkring, skatt och bränsle, ingår däremot normalt inte i försörjningsstödet.',
        'Berätta för din handläggare varför du behöver bilen och ta gärna med underlag som stödjer det, till exempel hur långt det är till förskolan och vilka andra resmöjligheter som finns. Du har alltid rätt till ett skriftligt beslut som du kan överklaga om du inte håller med.',
      ),
    },
  },
  {
    title: 'Min bror har sjukersättning som inte räcker – kan han få försörjningsstöd?',
    body: 'Min bror har haft sjukersättning i flera år. När hyran är betald har han nästan ingenting kvar att leva på. Kan han söka försörjningsstöd som ett tillägg, och påverkar det i så fall hans sjukersättning?',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 290,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Ja, det går att ansöka om ekonomiskt bistånd även om man har sjukersättning. Försörjningsstödet är ett komplement när de egna inkomsterna inte räcker till en skälig levnadsnivå, och det påverkar inte själva sjukersättningen. Socialtjänsten gör en beräkning där hushållets inkomster jämförs med riksnormen och skäliga kostnader för bland annat boende och hushållsel.',
        'Innan socialtjänsten kan bevilja bistånd förväntas man ha sökt de andra ersättningar man kan ha rätt till. För den som har sjukersättning gäller det framför allt:',
        ul(
          '**Bostadstillägg** från Försäkringskassan, som kan ge ett betydande tillskott till boendekostnaden för den som har sjuk- eller aktivitetsersättning.',
          '**Garantiersättning**, om din bror hade låg eller ingen inkomst innan han blev sjuk. Den ingår i Försäkringskassans beräkning av sjukersättningen.',
        ),
        'Många som har sjukersättning klarar sig när bostadstillägget har kommit på plats, medan andra fortfarande behöver ett visst försörjningsstöd. Därför är det bra att söka bostadstillägg samtidigt som han kontaktar socialtjänsten.',
        'Det är din bror som själv behöver ansöka, men du kan gärna hjälpa honom med kontakten eller följa med på ett besök om han vill det. Om han har svårt att sköta sin ekonomi på egen hand kan det också bli aktuellt med en god man. Mer information om det finns hos kommunens överförmyndare.',
      ),
    },
  },

  // ── Skulder och ekonomi ────────────────────────────────────────────────────────────────────
  {
    title: 'Kan jag få hjälp med möbler när jag har löneutmätning?',
    body: 'Jag har nyligen flyttat till en egen lägenhet efter en separation och har nästan inga möbler. Kronofogden gör utmätning i min lön varje månad för gamla skulder. Det som blir kvar räcker till hyra och mat, men inte till säng och köksbord. Kan socialtjänsten hjälpa till?',
    topic: 'skulder-och-ekonomi',
    receivedDaysAgo: 21,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det låter som en tuff situation, och det är förståeligt att du undrar vilka möjligheter som finns. Vid löneutmätning räknar Kronofogden fram ett **förbehållsbelopp**, alltså det belopp du får behålla för att kunna betala hyran och dina levnadskostnader. Om du har fått kostnader som inte fanns med i beräkningen kan du be Kronofogden att **ompröva förbehållsbeloppet**. Det kan vara klokt att göra det först, eller samtidigt som du kontaktar socialtjänsten.',
        'Du kan också ansöka om ekonomiskt bistånd till grundläggande möbler och hemutrustning. Socialtjänsten gör då en individuell prövning av hela din ekonomiska situation och tittar bland annat på:',
        ul(
          'om du har inkomster eller tillgångar som kan användas,',
          'vad som behövs för en skälig levnadsnivå, till exempel en säng,',
          'om behovet kan lösas på annat sätt, till exempel med begagnade möbler.',
        ),
        'Tänk på att ekonomiskt bistånd inte ges för att betala skulder. Att det görs utmätning i din lön ger inte automatiskt rätt till bistånd, men det hindrar inte heller att du ansöker.',
        'Kommunens **budget- och skuldrådgivning** kan hjälpa dig att se över din ekonomi och dina skulder. Rådgivningen är kostnadsfri, och där kan du också få veta mer om skuldsanering om det skulle bli aktuellt för dig längre fram.',
      ),
    },
  },
  {
    title: 'Hur ansöker man om skuldsanering?',
    body: 'Min pappa har haft skulder hos Kronofogden i över tio år. Han har en låg pension och ser ingen möjlighet att någonsin bli skuldfri. Vi har hört talas om skuldsanering men vet inte var man ska börja. Vad ska han göra?',
    topic: 'skulder-och-ekonomi',
    receivedDaysAgo: 176,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Skuldsanering är en möjlighet för den som har så stora skulder att man inte kan förväntas betala dem inom överskådlig tid. Det är **Kronofogden** som prövar och beslutar om skuldsanering, och man ansöker hos dem, antingen via deras e-tjänst eller på en blankett.',
        'För att få skuldsanering behöver man i korthet:',
        ul(
          'vara så kallat kvalificerat insolvent, det vill säga ha skulder som man inte kan betala under lång tid framöver,',
          'ha sin huvudsakliga ekonomiska hemvist i Sverige,',
          'befinna sig i en situation där det bedöms som skäligt att bevilja skuldsanering.',
        ),
        'Om ansökan beviljas får man en betalningsplan, som oftast löper under fem år, där man betalar det man kan utifrån sin inkomst. När planen är genomförd skrivs de återstående skulder som omfattas av beslutet av. För en person med låg pension kan betalningen bli mycket liten, eller ingenting alls.',
        'Ett bra första steg är att kontakta **budget- och skuldrådgivningen** i kommunen. Alla kommuner ska erbjuda budget- och skuldrådgivning, och den är kostnadsfri. Rådgivaren kan hjälpa din pappa att få en överblick över skulderna, fylla i ansökan och ta fram de underlag som behövs.',
        'Det är din pappa som själv behöver ansöka, men du kan gärna stötta honom genom processen. Många beskriver att det blir en stor lättnad att äntligen ha en plan.',
      ),
    },
  },
  {
    title: 'Jag har fått ett betalningsföreläggande som jag inte förstår – vad gör jag?',
    body: 'Jag har fått ett betalningsföreläggande från Kronofogden om en skuld som jag inte känner igen. Jag blev så rädd att jag inte öppnade brevet förrän nu. Vad händer om jag inte gör något?',
    topic: 'skulder-och-ekonomi',
    receivedDaysAgo: 402,
    stage: 'published',
    answer: {
      template: 'hanvisning',
      body: md(
        'Det är bra att du har öppnat brevet – det är det viktigaste första steget. Ett betalningsföreläggande betyder att någon har ansökt hos Kronofogden om att få betalt av dig. Kronofogden har ännu inte tagit ställning till om skulden är riktig.',
        'I brevet står det hur lång tid du har på dig att svara, och det är viktigt att du håller den tiden. Om du inte känner igen skulden eller anser att den är felaktig kan du **bestrida** den, alltså säga att du inte håller med. Hur du gör det står i brevet. Skriv gärna varför du bestrider. Den som kräver dig kan då välja att gå vidare till tingsrätten, där frågan prövas.',
        'Om du inte svarar alls kan Kronofogden meddela ett **utslag**. Det betyder att skulden fastställs och kan drivas in, till exempel genom utmätning av lön. Ett utslag leder dessutom till en betalningsanmärkning, som kan göra det svårare att hyra en bostad eller teckna abonnemang.',
        'Om skulden kan bero på att någon har använt dina personuppgifter, till exempel vid ett bedrägeri, bör du också polisanmäla det.',
        'Du behöver inte klara det här själv:',
        ul(
          'Kommunens **budget- och skuldrådgivning** kan hjälpa dig att förstå breven och svara på dem.',
          'Du kan ringa **Kronofogden** och fråga vad brevet betyder och vilka datum som gäller.',
        ),
      ),
    },
  },

  // ── Boende ─────────────────────────────────────────────────────────────────────────────────
  {
    title: 'Vad händer när man har fått uppsägning för obetald hyra?',
    body: 'Jag har halkat efter med hyran i två månader och nu har jag fått en uppsägning från hyresvärden. Jag har två barn och vet inte vart vi ska ta vägen om vi blir vräkta. Finns det något jag kan göra?',
    topic: 'boende',
    receivedDaysAgo: 9,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är en stressande situation, men det finns fortfarande saker du kan göra. När en hyresvärd säger upp ett hyresavtal på grund av obetald hyra kan hyresgästen oftast få behålla lägenheten genom att betala hela skulden inom en viss tid. Det kallas att **återvinna** hyresrätten, och tiden är normalt tre veckor från det att du tog emot uppsägningen. Vad som gäller för dig ska framgå av uppsägningen.',
        'Hyresvärden ska samtidigt meddela socialtjänsten om uppsägningen. Det görs för att socialtjänsten ska kunna erbjuda stöd, och särskilt när det finns barn i familjen arbetar socialtjänsten för att vräkning ska kunna undvikas.',
        'Det här kan du göra redan nu:',
        ul(
          'Kontakta socialtjänsten i din kommun så snart som möjligt och berätta om situationen. Du kan ansöka om ekonomiskt bistånd till hyresskulden. Det görs en individuell prövning och bistånd beviljas inte alltid, men när det finns barn i hushållet väger barnens bästa tungt.',
          'Kontakta hyresvärden och fråga om det går att göra en avbetalningsplan.',
          'Ta kontakt med kommunens budget- och skuldrådgivning för att få hjälp att se över ekonomin framåt.',
        ),
        'Om hyresvärden går vidare och ansöker om avhysning är det Kronofogden som handlägger ärendet. Även då kan socialtjänsten ge stöd. Vänta inte – ju tidigare du hör av dig, desto fler möjligheter finns det.',
      ),
    },
  },
  {
    title: 'Min son har ingenstans att bo – måste kommunen ordna en lägenhet?',
    body: 'Min son är 24 år och har bott hos kompisar sedan han flyttade ifrån sin flickvän. Nu säger han att han inte kan bo kvar där längre. Han står i bostadskön men kötiden är flera år. Har kommunen skyldighet att ordna ett boende åt honom?',
    topic: 'boende',
    receivedDaysAgo: 87,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Det är förståeligt att du är orolig. Socialtjänsten har ingen generell skyldighet att ordna en egen lägenhet åt den som saknar bostad. Huvudregeln är att var och en själv ansvarar för sitt boende. Men den som är **akut hemlös** och inte kan lösa situationen på egen hand kan ansöka om bistånd hos socialtjänsten.',
        'Vid akut hemlöshet bedömer socialtjänsten om din son har rätt till ett tillfälligt boende, till exempel ett akutboende, ett härbärge eller ett vandrarhem. Man tittar också på om det finns andra behov, till exempel kring missbruk eller psykisk ohälsa, som gör att han behöver mer stöd för att kunna få och behålla en bostad. I en del kommuner finns sociala kontrakt eller träningslägenheter för personer som har svårt att komma in på bostadsmarknaden. Sådana insatser ges efter en individuell bedömning och ser olika ut i olika kommuner.',
        'Några saker som din son kan göra:',
        ul(
          'Fortsätta stå i bostadskön och söka brett, även andrahandskontrakt och rum.',
          'Kontakta socialtjänsten i kommunen där han befinner sig och ansöka om hjälp om han står utan tak över huvudet.',
          'Kontakta socialjouren om han står utan boende en kväll eller helg.',
        ),
        'Det är han själv som behöver ansöka, men du får gärna hjälpa honom att ta den första kontakten.',
      ),
    },
  },
  {
    title: 'Kan socialtjänsten betala depositionen till min nya lägenhet?',
    body: 'Jag har äntligen fått ett förstahandskontrakt, men hyresvärden kräver en deposition på tre månadshyror. Jag har försörjningsstöd och har inte de pengarna. Kan socialtjänsten betala depositionen?',
    topic: 'boende',
    receivedDaysAgo: 361,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Grattis till kontraktet – det är ett stort steg! Du kan ansöka om ekonomiskt bistånd till en deposition, men det är inte säkert att ansökan beviljas. Socialtjänsten gör alltid en individuell bedömning.',
        'Vid prövningen brukar socialtjänsten bland annat titta på:',
        ul(
          'om hyran för den nya bostaden är **skälig**, alltså i nivå med vad låginkomsttagare på orten normalt har råd med,',
          'om flytten behövs, till exempel för att du i dag saknar eget boende eller bor i andra hand under osäkra förhållanden,',
          'om det finns andra lösningar, som att hyresvärden går med på ett lägre belopp eller en avbetalning.',
        ),
        'I stället för att betala ut pengar kan socialtjänsten i vissa fall lämna en **hyresgaranti** till hyresvärden. Kommunerna arbetar olika med detta, så fråga din handläggare vad som gäller hos er. Fråga också vad som händer med pengarna när du en dag flyttar och depositionen betalas tillbaka.',
        'Ansök så snart som möjligt och ta med kontraktet eller erbjudandet från hyresvärden, så att handläggaren vet vilka datum det gäller. Om du får avslag har du rätt till ett skriftligt beslut som du kan överklaga till förvaltningsrätten.',
      ),
    },
  },

  // ── Missbruk och beroende ──────────────────────────────────────────────────────────────────
  {
    title: 'Min väns drickande oroar mig – hur kan jag hjälpa henne?',
    body: 'Min bästa vän dricker mycket mer än förut. Det började när hon förlorade jobbet, och nu dricker hon nästan varje dag och har slutat höra av sig. När jag försöker prata om det blir hon arg. Hur kan jag hjälpa henne utan att förstöra vår vänskap?',
    topic: 'missbruk-och-beroende',
    receivedDaysAgo: 33,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Att vara orolig för en väns alkoholvanor är svårt, och det är vanligt att samtalen blir laddade. Det finns inget enkelt svar, men några saker brukar kunna hjälpa:',
        ul(
          '**Välj rätt tillfälle.** Prata när din vän är nykter och ni har tid och lugn, inte mitt i ett bråk.',
          '**Utgå från dig själv.** Säg till exempel ”Jag är orolig för dig” i stället för ”Du dricker för mycket”. Då minskar risken att hon känner sig anklagad.',
          '**Var konkret.** Berätta vad du har märkt, till exempel att hon har slutat höra av sig.',
          '**Visa att det finns hjälp.** Det kan vara lättare att ta emot stöd om hon vet att det finns.',
        ),
        'Din vän kan själv vända sig till socialtjänsten i sin kommun och få stöd kring alkohol, till exempel samtal eller behandling i öppenvård. Hon kan också kontakta sin vårdcentral eller ringa **Alkohollinjen**, där man kan vara anonym. Det gäller även dig – Alkohollinjen tar emot samtal från anhöriga.',
        'Det är din väns eget beslut att ta emot hjälp. Du kan inte tvinga fram en förändring, och det är inte ditt ansvar att lösa hennes problem. Men att visa att du finns kvar, även när hon inte vill prata, kan betyda mer än du tror.',
        'Om du någon gång är rädd att hon är i akut fara, till exempel om hon har druckit så mycket att du oroar dig för en förgiftning eller om hon pratar om att ta sitt liv, ska du ringa 112.',
      ),
    },
  },
  {
    title: 'Vad är LVM och när kan det bli aktuellt?',
    body: 'Min bror har haft ett tungt narkotikamissbruk i många år. Han vill inte ha någon hjälp, och vi i familjen är rädda att han ska dö. Vi har hört att man kan tvinga någon till vård. Hur fungerar det?',
    topic: 'missbruk-och-beroende',
    receivedDaysAgo: 215,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Det låter oerhört tungt att se någon man älskar må så dåligt. LVM står för **lagen om vård av missbrukare i vissa fall**. Lagen gör det möjligt att ge vård åt en vuxen med missbruk utan personens samtycke. Utgångspunkten är ändå alltid att vård ska ske frivilligt, och tvångsvård är en sista utväg.',
        'För att vård enligt LVM ska bli aktuell krävs i korthet att personen har ett fortgående missbruk, behöver vård för att komma ifrån det och att vården inte kan ges på frivillig väg. Dessutom ska personen till följd av missbruket till exempel:',
        ul(
          'utsätta sin fysiska eller psykiska hälsa för allvarlig fara,',
          'löpa en uppenbar risk att förstöra sitt liv, eller',
          'kunna befaras komma att allvarligt skada sig själv eller någon närstående.',
        ),
        'Det är socialnämnden som utreder och ansöker om vård, och det är **förvaltningsrätten** som beslutar. I akuta lägen kan socialnämnden besluta om ett omedelbart omhändertagande, som sedan prövas av förvaltningsrätten.',
        'Som anhörig kan du göra en anmälan till socialtjänsten i den kommun där din bror bor. Berätta vad du vet och vad du har sett. Socialtjänsten tar då ställning till om det finns skäl att inleda en utredning, och försöker också motivera din bror till frivilliga insatser.',
        'Många kommuner har stöd för anhöriga till personer med missbruk – fråga socialtjänsten vad som finns. Om din bror är i akut fara, till exempel vid en misstänkt överdos, ring 112.',
      ),
    },
  },
  {
    title: 'Min sambo spelar bort våra pengar – vart kan vi vända oss?',
    body: 'Min sambo spelar på nätcasino och har tagit flera snabblån utan att berätta det. Jag hittade brev från inkassobolag. Han säger att han har kontroll, men pengarna till räkningarna försvinner. Vad kan jag göra, och kan socialtjänsten hjälpa till med sådant?',
    topic: 'missbruk-och-beroende',
    receivedDaysAgo: 158,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Spelproblem kan påverka hela familjen, både ekonomiskt och känslomässigt, och det är vanligt att anhöriga känner ilska, oro och skuld på samma gång. Det är bra att du söker stöd.',
        'Kommunerna har ett ansvar att förebygga och motverka spelmissbruk, på samma sätt som när det gäller alkohol och narkotika. Det betyder att både din sambo och du som anhörig kan vända er till socialtjänsten och få stöd, till exempel samtal eller behandling. Även regionen har ansvar för behandling av spelberoende.',
        'Några saker som kan vara till hjälp:',
        ul(
          '**Spelpaus.se** – din sambo kan själv stänga av sig från spel hos alla spelbolag med svensk licens.',
          '**Stödlinjen för spel om pengar** – ger råd och stöd anonymt, både till den som spelar och till anhöriga.',
          '**Skydda din egen ekonomi** – ha ett eget konto för dina pengar och se över vilka räkningar och lån som står i ditt namn.',
          '**Budget- och skuldrådgivningen** i kommunen – kan hjälpa er att få en överblick över skulderna och kontakterna med inkassobolagen.',
        ),
        'Du kan inte tvinga din sambo att sluta spela, men du kan sätta gränser för vad du accepterar och vad du är beredd att bidra med. Även om han inte vill ta emot hjälp kan du söka stöd för din egen skull.',
      ),
    },
  },
  {
    title: 'Kan jag få hjälp med mitt drickande utan att arbetsgivaren får veta?',
    body: 'Jag dricker för mycket och vill ha hjälp att minska. Men jag är rädd att det ska påverka mitt jobb, eller att det hamnar i något register som andra kan se. Kan man få hjälp anonymt?',
    topic: 'missbruk-och-beroende',
    receivedDaysAgo: 540,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är bra att du vill göra något åt ditt drickande, och det är vanligt att oroa sig för vad det kan få för följder att söka hjälp. Här är några saker som kan vara bra att veta.',
        'Socialtjänstens personal har **sekretess**. Uppgifter om dig får inte lämnas ut till exempelvis din arbetsgivare utan ditt samtycke. Detsamma gäller inom hälso- och sjukvården. Om du får stöd av socialtjänsten dokumenteras det i en personakt, men den skyddas av sekretess och får bara läsas av dem som behöver den i sitt arbete.',
        'Många kommuner erbjuder också **anonyma eller rådgivande samtal**, där du inte behöver uppge ditt namn. Det kan vara ett bra sätt att börja. Fråga socialtjänsten vad som finns, eller sök på kommunens webbplats efter öppenvård för alkohol.',
        'Andra vägar till stöd:',
        ul(
          '**Alkohollinjen** – du kan ringa anonymt och få stöd att minska eller sluta dricka.',
          '**Vårdcentralen** – kan ge råd, ta prover och i vissa fall erbjuda läkemedel som minskar suget.',
          '**1177 Vårdguiden** – har information och självtest om alkohol.',
        ),
        'Det är du som bestämmer om du vill berätta för din arbetsgivare. Om din arbetsplats har företagshälsovård kan den vara ett stöd, men det är inget krav för att du ska kunna söka hjälp på andra ställen.',
      ),
    },
  },

  // ── Våld i nära relationer ─────────────────────────────────────────────────────────────────
  {
    title: 'Min sambo slår mig – vad kan socialtjänsten hjälpa till med?',
    body: 'Min sambo har slagit mig flera gånger. Efteråt ber han om förlåtelse och lovar att det aldrig ska hända igen. Vi har en dotter på fyra år. Jag vill lämna honom men vet inte vart vi ska ta vägen, och jag är rädd för hur han reagerar om jag går. Vad kan jag få för hjälp?',
    topic: 'vald-i-nara-relationer',
    receivedDaysAgo: 6,
    stage: 'published',
    answer: {
      template: 'allvar',
      body: md(
        'Ingen ska behöva utsättas för våld, och det du berättar är inte ditt fel. Det är vanligt att våldet växlar med perioder av ånger och löften, och det kan göra det mycket svårt att bryta upp. Det är helt förståeligt att du känner dig kluven och rädd.',
        'Socialtjänsten har ett särskilt ansvar för att ge stöd till den som utsätts för våld av en närstående, och till barn som har upplevt våld. Du kan bland annat få:',
        ul(
          '**Stödsamtal** med personal som har kunskap om våld i nära relationer.',
          '**Skyddat boende** för dig och din dotter, om ni behöver lämna hemmet och inte kan bo kvar på ett säkert sätt.',
          '**Ekonomiskt bistånd** under en övergångsperiod, om du saknar egna pengar.',
          '**Stöd till din dotter**, eftersom barn som lever med våld i familjen också är brottsoffer.',
        ),
        'Du kan också polisanmäla våldet. Polisen kan bland annat göra en bedömning av din säkerhet, och du kan begära **kontaktförbud**.',
        'Om det är bråttom utanför kontorstid kan du vända dig till socialjouren. **Kvinnofridslinjen** har öppet dygnet runt och du kan vara anonym. De kan hjälpa dig att tänka igenom dina möjligheter och planera för att lämna på ett så säkert sätt som möjligt, till exempel hur du tar med dig viktiga papper, läkemedel och id-handlingar.',
      ),
    },
  },
  {
    title: 'Räknas det som våld när min pojkvän kontrollerar allt jag gör?',
    body: 'Min pojkvän har aldrig slagit mig, men han läser mina meddelanden, bestämmer vilka jag får träffa och blir kall och tyst i flera dagar om jag gör något han inte gillar. Han har också tagit över min bankdosa. Är det här våld, och kan man få hjälp fast man inte har blivit slagen?',
    topic: 'vald-i-nara-relationer',
    receivedDaysAgo: 74,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Ja, det du beskriver kan vara våld, även om du inte har blivit slagen. Våld i nära relationer handlar inte bara om fysiskt våld. Det kan också vara:',
        ul(
          '**Psykiskt våld** – till exempel hot, kränkningar, kontroll, att bli isolerad från vänner och familj eller att bli bestraffad med tystnad.',
          '**Ekonomiskt våld** – till exempel att någon tar kontroll över dina pengar, ditt bankkonto eller dina inloggningar.',
          '**Digitalt våld** – till exempel att någon läser dina meddelanden, spårar din mobil eller kräver dina lösenord.',
          '**Sexuellt våld** – att någon tvingar eller pressar dig till sexuella handlingar.',
        ),
        'Kontroll är ofta en central del av våld i nära relationer, och den kan trappas upp med tiden. Det är bra att du har reagerat.',
        'Du kan få stöd även om du inte har blivit slagen. Socialtjänsten i din kommun kan erbjuda stödsamtal och hjälpa dig att se över din situation, och det är du som bestämmer vad du vill göra. **Kvinnofridslinjen** har öppet dygnet runt, och där kan du ringa anonymt och prata om det du har varit med om.',
        'Försök att ta tillbaka kontrollen över din bankdosa och ditt bank-id. Din bank kan hjälpa dig att spärra och beställa nya. Om det känns osäkert att göra det på egen hand kan du få hjälp att planera hur du gör på ett säkert sätt. Om du någon gång känner dig hotad eller rädd för din säkerhet – ring 112.',
      ),
    },
  },
  {
    title: 'Jag är man och blir utsatt av min fru – finns det hjälp för mig?',
    body: 'Min fru har i flera år kallat mig fula saker, kastat saker på mig och hotat att ta barnen ifrån mig om jag berättar för någon. Jag skäms och vet inte om det ens finns stöd för män. Vart vänder jag mig?',
    topic: 'vald-i-nara-relationer',
    receivedDaysAgo: 311,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det krävs mod att berätta, och du är inte ensam. Män kan också utsättas för våld i nära relationer, och du har samma rätt till stöd som alla andra. Det du beskriver – kränkningar, att saker kastas på dig och att din fru hotar att ta barnen ifrån dig – är våld.',
        'Socialtjänsten i din kommun ansvarar för att ge stöd till alla som utsätts för våld av en närstående, oavsett kön. Du kan få stödsamtal, hjälp att se över din säkerhet och, om det behövs, hjälp med ett tillfälligt boende. Socialtjänsten kan också erbjuda stöd till era barn, som kan påverkas mycket av att leva i en familj där det förekommer våld.',
        'Det kan också vara bra att veta att:',
        ul(
          'Du kan **polisanmäla** hot och våld. Polisen nås på 114 14, eller på 112 vid akut fara.',
          'Frågor om vårdnad, boende och umgänge avgörs utifrån vad som är bäst för barnen – inte utifrån hot. Familjerätten i kommunen kan berätta mer om hur det fungerar.',
          '**Brottsofferjouren** är en ideell organisation som ger stöd till alla som har utsatts för brott.',
        ),
        'Skam är en vanlig känsla hos den som blir utsatt, men det är inte du som har gjort fel. Ett första steg kan vara att ringa socialtjänsten och be om ett samtal, eller att kontakta socialjouren om det är akut utanför kontorstid.',
      ),
    },
  },

  // ── Barn och familj ────────────────────────────────────────────────────────────────────────
  {
    title: 'När kan socialtjänsten omhänderta ett barn enligt LVU?',
    body: 'Jag har läst mycket på nätet om att socialtjänsten tar barn från sina föräldrar, och jag blir orolig. Min syster har det tufft med sina barn just nu. När får socialtjänsten egentligen omhänderta ett barn?',
    topic: 'barn-och-familj',
    receivedDaysAgo: 57,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är förståeligt att det väcker oro, och mycket av det som sprids på nätet stämmer inte. Huvudregeln är att socialtjänstens stöd till barn och familjer ska ges i samförstånd med föräldrarna, och i de allra flesta fall sker det så. Det kan handla om föräldrastöd, samtal, familjebehandling eller en kontaktperson.',
        '**LVU**, lagen med särskilda bestämmelser om vård av unga, används bara när frivilliga insatser inte räcker och det finns en påtaglig risk att barnets hälsa eller utveckling skadas. Det kan bero på:',
        ul(
          'brister i barnets hemmiljö, till exempel våld, övergrepp eller allvarlig försummelse, eller',
          'den unges eget beteende, till exempel missbruk, brottslighet eller annat socialt nedbrytande beteende.',
        ),
        'Vård enligt LVU kan bara beslutas om vårdnadshavarna, eller en ungdom som har fyllt 15 år, inte samtycker till den vård som behövs. Det är **förvaltningsrätten** som beslutar, efter ansökan från socialnämnden. I akuta lägen kan socialnämnden besluta om ett omedelbart omhändertagande, som förvaltningsrätten då snabbt prövar. Både barnet och föräldrarna har rätt till ett **offentligt biträde**, en jurist som staten betalar.',
        'Vården ska ses över regelbundet och upphöra när den inte längre behövs. Målet är oftast att barnet ska kunna flytta hem igen.',
        'Om din syster behöver stöd kan hon själv kontakta socialtjänsten och fråga vad som finns. Att be om hjälp i tid är ofta det som gör att problemen kan lösas på frivillig väg.',
      ),
    },
  },
  {
    title: 'Kan vi som familj få stöd utan att någon har gjort en anmälan?',
    body: 'Vår son är tolv år och har fått det svårt i skolan, och hemma blir det konflikter varje kväll. Vi är slutkörda och vet inte hur vi ska hantera det. Kan man som förälder själv kontakta socialtjänsten för att få hjälp, och hur går det till?',
    topic: 'barn-och-familj',
    receivedDaysAgo: 199,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Ja, absolut. Många familjer söker själva stöd hos socialtjänsten, och det är ofta ett klokt beslut. Ni behöver inte vänta tills problemen har blivit stora, och det behövs ingen anmälan för att ni ska kunna få hjälp.',
        'Det vanligaste är att man ringer eller skriver till socialtjänstens mottagning för barn och familj. Ni berättar vad ni behöver hjälp med, och sedan bedömer socialtjänsten vilket stöd som kan passa. Många kommuner har också **öppna insatser** som ni kan ta del av utan att någon utredning görs, till exempel:',
        ul(
          'föräldrastödsgrupper och föräldrakurser,',
          'rådgivande samtal för föräldrar,',
          'samtalsstöd för barn och unga.',
        ),
        'Om ni behöver mer omfattande stöd, som familjebehandling eller en kontaktperson för er son, görs i regel en utredning. Den görs tillsammans med er och utgår från barnets bästa. Er son har rätt att komma till tals och få information utifrån sin ålder och mognad.',
        'Det kan också vara bra att ha kontakt med elevhälsan på skolan, eftersom svårigheter i skolan och konflikter hemma ofta hänger ihop. Ibland kan det behövas en bedömning inom barn- och ungdomspsykiatrin, och det kan ni ta upp med elevhälsan eller vårdcentralen.',
        'Om ni behöver prata av er en kväll kan ni också ringa **Föräldralinjen**.',
      ),
    },
  },
  {
    title: 'Hur blir man familjehem?',
    body: 'Jag och min man har länge funderat på att bli familjehem. Våra egna barn har flyttat hemifrån och vi har gott om plats. Hur går det till, och vilka krav ställs på den som vill bli familjehem?',
    topic: 'barn-och-familj',
    receivedDaysAgo: 470,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Vad roligt att ni funderar på att bli familjehem! Det behövs fler familjer som vill och kan ta emot barn och unga som inte kan bo med sina föräldrar, ibland under en kortare period och ibland under många år.',
        'Ett familjehem är ett privat hem som på uppdrag av socialtjänsten tar emot ett barn för vård och fostran. Barnet bor i familjen och ingår i vardagen, medan socialtjänsten har ansvar för vården och följer upp hur barnet har det.',
        'Så här brukar det gå till:',
        ol(
          'Ni kontaktar socialtjänsten i er kommun. Ofta finns det en särskild familjehemsenhet.',
          'Ni får information och går ofta en grundutbildning för blivande familjehem.',
          'Socialtjänsten gör en **familjehemsutredning**, med samtal, hembesök, referenser och kontroller i bland annat polisens belastningsregister.',
        ),
        'Det finns inga krav på en viss utbildning eller ett visst yrke. Det viktiga är att ni har tid, engagemang och stabilitet, och att ni kan samarbeta med barnets föräldrar och med socialtjänsten. Barnets kontakt med föräldrar och andra närstående är ofta mycket viktig att värna.',
        'Familjehem får ersättning för uppdraget och för barnets kostnader, och ni får handledning och stöd under tiden. Om ni vill börja i mindre skala kan ni också engagera er som kontaktfamilj eller kontaktperson.',
      ),
    },
  },

  // ── Orosanmälan ────────────────────────────────────────────────────────────────────────────
  {
    title: 'Någon har gjort en orosanmälan om mitt barn – vad händer nu?',
    body: 'Jag har fått ett brev från socialtjänsten om att de har tagit emot en orosanmälan om min dotter. Jag förstår inte varför och känner mig både arg och rädd. Vad innebär det här, och kan de ta henne ifrån mig?',
    topic: 'orosanmalan',
    receivedDaysAgo: 15,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är vanligt att känna sig arg, rädd eller kränkt när man får ett sådant brev. En orosanmälan betyder att någon har hört av sig till socialtjänsten för att de är oroliga för ett barn. Det kan vara en privatperson eller någon som arbetar med barn, till exempel i skolan. Många yrkesgrupper är skyldiga att anmäla redan vid misstanke om att ett barn far illa. En anmälan betyder alltså inte att någon har konstaterat att något är fel.',
        'När socialtjänsten tar emot en anmälan görs först en **skyddsbedömning**, alltså en bedömning av om barnet behöver skydd direkt. Därefter görs en **förhandsbedömning**, som ska vara klar inom 14 dagar. Då avgörs om en utredning ska inledas eller inte.',
        'Om en utredning inleds ska den vara klar inom fyra månader. Den ska ta reda på om barnet behöver stöd eller skydd. Många utredningar avslutas utan insatser, och om stöd behövs erbjuds det i första hand på frivillig väg.',
        'Några råd:',
        ul(
          'Ta kontakt med handläggaren och ställ de frågor du har.',
          'Du har rätt att ta del av uppgifterna i ärendet, med vissa undantag på grund av sekretess.',
          'Försök att samarbeta – det är ofta det bästa sättet att visa hur din dotter har det.',
        ),
        'Det är mycket ovanligt att barn omhändertas. Det sker bara när frivilliga insatser inte räcker och det finns en påtaglig risk för barnets hälsa eller utveckling.',
      ),
    },
  },
  {
    title: 'Hur gör jag en orosanmälan om grannens barn?',
    body: 'Jag hör ofta skrik och bråk från lägenheten bredvid, även sent på kvällarna. Där bor en mamma med två små barn. Jag vet inte säkert om något allvarligt händer, men jag är orolig. Kan jag anmäla, och får grannen veta att det var jag?',
    topic: 'orosanmalan',
    receivedDaysAgo: 122,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är bra att du bryr dig om barnen i din närhet. Alla som är oroliga för att ett barn far illa kan göra en **orosanmälan** till socialtjänsten. Du behöver inte vara säker på att något allvarligt händer – det räcker att du är orolig. Det är socialtjänstens uppgift att ta reda på mer.',
        'Så här kan du göra:',
        ul(
          'Kontakta socialtjänsten i den kommun där barnen bor, per telefon, brev eller via kommunens e-tjänst om det finns en.',
          'Berätta så konkret som möjligt vad du har hört och sett, när det hände och hur ofta. Skriv gärna ned det i förväg.',
          'Utanför kontorstid kan du vända dig till socialjouren.',
          'Om du tror att någon är i akut fara just nu – ring 112.',
        ),
        'Som privatperson kan du välja att vara **anonym**. Det kan dock göra det svårare för socialtjänsten, eftersom de inte kan ställa följdfrågor. Om du lämnar ditt namn kan uppgiften om vem som har anmält i vissa fall skyddas av sekretess, men det går inte att lova ett fullständigt skydd.',
        'Du kommer sannolikt inte att få veta vad som händer i ärendet efteråt, eftersom socialtjänsten har sekretess. Det betyder inte att ingenting görs.',
        'Du gör inget fel genom att anmäla, även om det skulle visa sig att familjen inte behövde stöd. Syftet är att barn som behöver hjälp ska få det.',
      ),
    },
  },
  {
    title: 'Måste jag som förskollärare anmäla om jag bara är lite orolig?',
    body: 'Jag arbetar på en förskola och har ett barn i min grupp som ofta kommer smutsigt och hungrigt. Föräldrarna verkar trevliga och jag vill inte förstöra vår relation. Måste jag göra en anmälan, eller kan jag prata med föräldrarna först?',
    topic: 'orosanmalan',
    receivedDaysAgo: 640,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är en vanlig och viktig fråga. Som anställd inom förskolan har du **anmälningsskyldighet** enligt socialtjänstlagen. Det innebär att du genast ska anmäla till socialtjänsten om du i ditt arbete får kännedom om eller misstänker att ett barn far illa. Många förskolor har rutiner där anmälan görs tillsammans med rektor, men skyldigheten är din personligen.',
        'Några saker som är bra att veta:',
        ul(
          'Du behöver **inte vara säker**. Det räcker med en misstanke. Det är socialtjänstens uppgift att utreda, inte din.',
          'Du kan inte vara anonym när du anmäler i din yrkesroll.',
          'Du behöver inte prata med föräldrarna först. Ofta kan det vara bra att vara öppen med att en anmälan görs, men om du misstänker våld eller övergrepp ska du inte informera föräldrarna innan du har pratat med socialtjänsten.',
          'Om du är osäker kan du **konsultera** socialtjänsten utan att nämna barnets namn. Om det under samtalet framkommer att det finns anledning till oro ska du göra en anmälan.',
        ),
        'Det du beskriver, att ett barn ofta kommer hungrigt och smutsigt, kan vara tecken på att familjen behöver stöd. En anmälan kan leda till att familjen får hjälp i ett tidigt skede. Att relationen till föräldrarna blir ansträngd en tid är förståeligt, men barnets behov kommer först.',
      ),
    },
  },

  // ── Relationer och separation ──────────────────────────────────────────────────────────────
  {
    title: 'Hur fungerar samarbetssamtal när man separerar?',
    body: 'Jag och min sons pappa har separerat och vi bråkar hela tiden om hur vår son ska bo. Någon tipsade om samarbetssamtal. Vad är det, och kostar det något?',
    topic: 'relationer-och-separation',
    receivedDaysAgo: 39,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Samarbetssamtal är ett stöd som kommunens **familjerätt** erbjuder föräldrar som har svårt att komma överens om frågor som rör barnen, till exempel boende, umgänge och vårdnad. Samtalen är **kostnadsfria** och frivilliga.',
        'Målet är att ni som föräldrar ska komma fram till lösningar som är bäst för er son, och att ni ska kunna samarbeta kring honom även framöver. Samtalen leds av personal som är van vid konflikter och som håller fokus på barnets behov.',
        'Så här brukar det gå till:',
        ul(
          'En av er, eller båda, kontaktar familjerätten i kommunen och ber om samarbetssamtal.',
          'Ni träffas oftast tillsammans, men ibland börjar samtalen enskilt.',
          'Antalet träffar varierar beroende på vad ni behöver.',
        ),
        'Om ni kommer överens kan ni skriva ett **avtal** om boende, umgänge eller vårdnad. Om familjerätten godkänner avtalet gäller det på samma sätt som en dom. Då blir det tydligt för alla vad som gäller.',
        'Om ni inte kommer överens kan frågan prövas av tingsrätten, men det är ofta en lång och påfrestande process för både föräldrar och barn. Därför är det värt att ge samarbetssamtalen en ärlig chans.',
        'Om det förekommer våld eller hot i relationen är det viktigt att du berättar det för familjerätten. Då anpassas stödet, och samarbetssamtal är inte alltid lämpligt.',
      ),
    },
  },
  {
    title: 'Mitt barn vill inte åka till sin pappa på umgänge – vad gör jag?',
    body: 'Vi har ett avtal om att vår dotter på nio år ska vara hos sin pappa varannan helg. Den senaste tiden gråter hon och säger att hon inte vill åka. Jag vet inte varför. Måste jag tvinga henne, och vad händer om jag inte gör det?',
    topic: 'relationer-och-separation',
    receivedDaysAgo: 248,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är svårt när ett barn inte vill gå till umgänge, och det är bra att du tar din dotters känslor på allvar. Försök först att förstå **varför** hon inte vill. Orsakerna kan vara många – allt från att hon saknar sina kompisar på helgerna eller känner sig lojal mot dig, till att något har hänt som gör henne rädd eller ledsen.',
        'Som förälder har du ett ansvar att medverka till att barnet har umgänge med den andra föräldern enligt avtal eller dom. Samtidigt ska barnets bästa alltid komma först, och barnets vilja ska tas hänsyn till utifrån ålder och mognad. Om umgänget upphör utan att ni har kommit överens kan den andra föräldern vända sig till tingsrätten och begära verkställighet. Därför är det bra att ta hjälp tidigt.',
        'Några förslag:',
        ul(
          'Prata med din dotter i lugn och ro och lyssna utan att lägga egna värderingar i det hon säger.',
          'Prata med pappan om vad du har märkt, om det är möjligt.',
          'Kontakta **familjerätten** och be om samarbetssamtal. Där kan ni få hjälp att hitta lösningar, till exempel att ändra upplägget för umgänget en period.',
        ),
        'Om du misstänker att din dotter far illa hos sin pappa, till exempel att hon utsätts för våld, ska du kontakta socialtjänsten och berätta om din oro. Vid akut fara – ring 112.',
        'Din dotter kan också själv ringa eller chatta med **BRIS** om hon vill prata med en vuxen utanför familjen.',
      ),
    },
  },
  {
    title: 'Vi ska separera – hur pratar vi med barnen?',
    body: 'Jag och min fru har bestämt oss för att skiljas. Vi har två barn på sex och elva år och vill göra det så skonsamt som möjligt för dem. Finns det något stöd för familjer som separerar?',
    topic: 'relationer-och-separation',
    receivedDaysAgo: 585,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Det är klokt att ni tänker på barnen redan nu. En separation är en stor förändring, men barn klarar ofta omställningen bra när föräldrarna kan samarbeta och barnen får tydlig information.',
        'Några saker som brukar vara till hjälp:',
        ul(
          '**Berätta tillsammans**, om det går. Då förstår barnen att ni båda står bakom beslutet och att ni fortfarande är deras föräldrar.',
          '**Var tydliga med att det inte är barnens fel.** Många barn tror att de på något sätt har orsakat separationen.',
          '**Anpassa informationen efter ålder.** Sexåringen behöver kortare och mer konkreta besked än elvaåringen, till exempel om var hen ska sova och när.',
          '**Undvik att tala illa om varandra** inför barnen, och låt dem slippa bära vuxnas konflikter.',
          '**Ge barnen möjlighet att ställa frågor**, även längre fram. Frågorna kommer ofta efter hand.',
        ),
        'Många kommuner erbjuder stöd till föräldrar som separerar, till exempel kurser om samarbete efter separation eller samtalsgrupper för barn vars föräldrar har separerat. Fråga familjerätten eller socialtjänsten i er kommun vad som finns.',
        'Familjerätten kan också erbjuda **samarbetssamtal** om ni behöver hjälp att komma överens om boende och umgänge, och ni kan skriva avtal som familjerätten godkänner. Om ni har gemensam vårdnad fortsätter den att gälla efter skilsmässan, om inget annat bestäms.',
      ),
    },
  },

  // ── Äldre ──────────────────────────────────────────────────────────────────────────────────
  {
    title: 'Hur ansöker min mamma om hemtjänst?',
    body: 'Min mamma är 84 år och bor ensam. Hon har fått svårare att laga mat och städa och har ramlat två gånger i vinter. Hon vill bo kvar hemma. Hur gör vi för att hon ska få hemtjänst?',
    topic: 'aldre',
    receivedDaysAgo: 18,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Det är fint att din mamma har dig som stöd, och det är bra att ni tar tag i det här nu. Hemtjänst är en insats från kommunen som gör det möjligt för äldre att bo kvar hemma tryggt så länge som möjligt.',
        'Så här brukar det gå till:',
        ol(
          '**Ansökan.** Din mamma kontaktar kommunens äldreomsorg och ansöker om hemtjänst. Den som tar emot ansökan kallas ofta **biståndshandläggare**. Du kan hjälpa henne att ringa, men det är hennes ansökan och hennes samtycke som behövs.',
          '**Utredning.** Biståndshandläggaren träffar din mamma, ofta i hemmet, och pratar om vad hon klarar själv och vad hon behöver hjälp med. Du får gärna vara med om hon vill.',
          '**Beslut.** Om hon beviljas hemtjänst får hon ett skriftligt beslut om vilka insatser hon får, till exempel hjälp med måltider, städning, inköp eller personlig omvårdnad.',
        ),
        'Eftersom hon har ramlat kan det vara bra att fråga om **trygghetslarm**, så att hon kan larma om något händer. Hon kan också söka bostadsanpassningsbidrag hos kommunen eller få hjälpmedel, som stödhandtag, för att minska risken för fall.',
        'Hemtjänsten kostar en avgift som beror på din mammas inkomster, och det finns ett tak för hur hög avgiften kan bli.',
        'Som anhörig kan du också få stöd från kommunen. Fråga efter kommunens anhörigstöd – där kan du få information, samtal och tips.',
      ),
    },
  },
  {
    title: 'Min pappa har demens och vill inte ha hjälp – vad kan vi göra?',
    body: 'Min pappa har fått diagnosen demens. Han glömmer att äta, har lämnat spisen på flera gånger och blir arg när vi föreslår hemtjänst. Kan socialtjänsten gå in ändå, och vem bestämmer när han inte förstår sitt eget bästa?',
    topic: 'aldre',
    receivedDaysAgo: 104,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Det här är en svår situation som många anhöriga känner igen. Socialtjänstens insatser för vuxna är **frivilliga**, och det finns ingen lag som gör det möjligt att tvinga en person med demens att ta emot hemtjänst eller flytta till ett särskilt boende. Det gäller även om han har svårt att förstå sitt eget bästa.',
        'Samtidigt finns det mycket som kan göras:',
        ul(
          '**Kontakta biståndshandläggaren** på äldreomsorgen och berätta om situationen. Handläggarna har ofta erfarenhet av att motivera och kan besöka din pappa. Ibland går det lättare om hjälpen införs varsamt, till exempel med matleveranser eller korta besök.',
          '**Prata med vården.** Vårdcentralen eller en demenssjuksköterska kan hjälpa till med bedömningar, läkemedel och råd.',
          '**Se över säkerheten.** Det finns spisvakter och trygghetslarm som kan minska riskerna i hemmet.',
          '**God man.** Om din pappa inte längre kan sköta sin ekonomi eller bevaka sina rättigheter kan en god man bli aktuell. Du kan göra en anmälan till kommunens överförmyndare.',
        ),
        'Om du är orolig för att din pappa far illa kan du också göra en anmälan till socialtjänsten. Om det uppstår en akut farlig situation, till exempel om det börjar brinna eller om han har gått vilse – ring 112.',
        'Som anhörig behöver du också stöd. Kommunens anhörigstöd och **Äldrelinjen** kan vara till hjälp när det känns tungt.',
      ),
    },
  },
  {
    title: 'Hur får man plats på ett äldreboende?',
    body: 'Min mormor är 91 år och har hemtjänst fyra gånger om dagen, men hon är otrygg och ringer oss flera gånger varje natt. Hon vill själv flytta till ett äldreboende. Hur går det till och hur lång är väntetiden?',
    topic: 'aldre',
    receivedDaysAgo: 455,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Att känna sig otrygg på nätterna kan vara mycket påfrestande, både för din mormor och för er som är anhöriga. Ett särskilt boende, som ofta kallas äldreboende, är en form av bistånd enligt socialtjänstlagen. Din mormor ansöker om det hos kommunens **biståndshandläggare**, på samma sätt som när hon ansökte om hemtjänst.',
        'Handläggaren utreder hennes behov. Man tittar bland annat på om behoven kan tillgodoses hemma med utökad hemtjänst, nattillsyn och trygghetslarm, eller om hon behöver ett boende med personal dygnet runt. Känslan av **otrygghet och oro** ska vägas in i bedömningen, inte bara de praktiska behoven. Berätta därför gärna för handläggaren hur nätterna ser ut.',
        'Väntetiden skiljer sig mellan kommuner och beror på hur många lediga platser som finns. När din mormor har fått ett beslut om särskilt boende ska kommunen verkställa det inom skälig tid. Om ett beslut inte har verkställts inom tre månader ska kommunen rapportera det till Inspektionen för vård och omsorg, IVO.',
        'Det här kan ni tänka på:',
        ul(
          'Din mormor kan ofta framföra önskemål om boende, men det är inte säkert att de kan tillgodoses direkt.',
          'Om hon får avslag har hon rätt till ett skriftligt beslut som kan överklagas till förvaltningsrätten. Ni kan hjälpa henne med det.',
          'Under väntetiden kan det gå att förstärka stödet hemma, till exempel med tätare tillsyn eller korttidsplats.',
        ),
      ),
    },
  },

  // ── Funktionsnedsättning ───────────────────────────────────────────────────────────────────
  {
    title: 'Vad är LSS och vad händer när vår dotter slutar skolan?',
    body: 'Vår dotter är 19 år och har en intellektuell funktionsnedsättning. Hon slutar snart den anpassade gymnasieskolan och vi undrar vad som händer sedan. Vi har hört talas om LSS men förstår inte riktigt vad det innebär.',
    topic: 'funktionsnedsattning',
    receivedDaysAgo: 27,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'LSS står för **lagen om stöd och service till vissa funktionshindrade**. Det är en rättighetslag som ska ge personer med omfattande funktionsnedsättningar möjlighet att leva som andra. Lagen gäller tre grupper, den så kallade personkretsen:',
        ul(
          'personer med intellektuell funktionsnedsättning, autism eller autismliknande tillstånd,',
          'personer med betydande och bestående begåvningsmässig funktionsnedsättning efter hjärnskada i vuxen ålder,',
          'personer med andra stora och varaktiga fysiska eller psykiska funktionsnedsättningar som orsakar betydande svårigheter i det dagliga livet.',
        ),
        'Er dotter tillhör troligen den första gruppen. LSS innehåller tio insatser, och för unga vuxna som slutar skolan är det ofta aktuellt med:',
        ul(
          '**Daglig verksamhet** – meningsfull sysselsättning för den som inte förvärvsarbetar eller studerar.',
          '**Bostad med särskild service** – ett eget boende där personal finns tillgänglig.',
          '**Kontaktperson** eller **ledsagarservice** – stöd för att delta i fritid och samhällsliv.',
        ),
        'Ansökan görs hos kommunens LSS-handläggare. Det är er dotter som ansöker, men ni kan hjälpa henne. Om hon behöver stöd att företräda sig själv kan en god man bli aktuell. Ansök i god tid innan skolan slutar, eftersom både utredning och verkställighet kan ta tid.',
        'Om hon får avslag kan beslutet överklagas till förvaltningsrätten.',
      ),
    },
  },
  {
    title: 'Vem ansvarar för personlig assistans – kommunen eller Försäkringskassan?',
    body: 'Min man fick en stroke för ett år sedan och behöver nu hjälp med det mesta i vardagen. Vi har förstått att han kanske kan få personlig assistans. Vart ska vi vända oss, och vad är skillnaden mellan kommunen och Försäkringskassan?',
    topic: 'funktionsnedsattning',
    receivedDaysAgo: 236,
    stage: 'published',
    answer: {
      template: 'standard',
      body: md(
        'Personlig assistans är en av insatserna i LSS och innebär att en eller flera assistenter ger ett personligt utformat stöd i vardagen. Vem som ansvarar beror på hur stort behovet är:',
        ul(
          '**Kommunen** ansvarar om behovet av hjälp med de så kallade **grundläggande behoven** är högst 20 timmar i veckan. Det handlar om exempelvis personlig hygien, måltider, att klä av och på sig och att kommunicera med andra.',
          '**Försäkringskassan** ansvarar för assistansersättning när de grundläggande behoven i genomsnitt överstiger 20 timmar i veckan.',
        ),
        'Många börjar med att kontakta kommunens LSS-handläggare för att få vägledning. Om behovet verkar vara större än 20 timmar i veckan kan ni ansöka direkt hos Försäkringskassan.',
        'Några villkor är bra att känna till:',
        ul(
          'Personen måste tillhöra LSS personkrets. Efter en stroke kan det till exempel handla om en betydande och bestående begåvningsmässig funktionsnedsättning efter hjärnskada, eller om andra stora och varaktiga funktionsnedsättningar.',
          'Personlig assistans måste som huvudregel ha beviljats första gången innan man fyller 66 år.',
        ),
        'Om din man inte har rätt till personlig assistans kan han ändå ha rätt till annat stöd, till exempel hemtjänst enligt socialtjänstlagen. Som anhörig kan du också få stöd från kommunen.',
        'Beslut från både kommunen och Försäkringskassan kan överklagas till förvaltningsrätten.',
      ),
    },
  },
  {
    title: 'Vilket stöd finns för min vuxna son med autism som bor själv?',
    body: 'Min son är 26 år och har autism och adhd. Han har flyttat till en egen lägenhet men klarar inte av att betala räkningar, handla och hålla ordning. Han vill inte att jag lägger mig i för mycket. Vilket stöd finns?',
    topic: 'funktionsnedsattning',
    receivedDaysAgo: 612,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Det är vanligt att unga vuxna med autism och adhd behöver stöd för att få vardagen att fungera i ett eget boende, och det finns hjälp att få.',
        '**Boendestöd** är en insats som kommunen kan bevilja enligt socialtjänstlagen. Det är ett praktiskt och pedagogiskt stöd i hemmet, där en boendestödjare hjälper till med exempelvis:',
        ul(
          'att planera veckan och skapa rutiner,',
          'att handla, laga mat och hålla ordning,',
          'att hantera post och betala räkningar,',
          'att ta kontakt med myndigheter och vården.',
        ),
        'Tanken är att din son ska klara mer på egen hand med tiden, och stödet anpassas efter hans behov och önskemål. Det kan passa bra för den som vill vara självständig men behöver draghjälp.',
        'Eftersom din son har autism tillhör han också personkretsen i LSS. Det kan ge honom rätt till andra insatser, till exempel en **kontaktperson** eller, om behoven är större, **bostad med särskild service**.',
        'Han ansöker själv hos kommunen, och det är bra om han berättar vad han tycker är svårt i vardagen. Om han har svårt att sköta sin ekonomi kan han också ha nytta av en **god man**.',
        'Det är klokt att respektera din sons vilja att vara självständig. Ett sätt att stötta utan att ta över kan vara att hjälpa honom med den första kontakten och sedan låta honom styra resten.',
      ),
    },
  },

  // ── Psykisk hälsa ──────────────────────────────────────────────────────────────────────────
  {
    title: 'Min vän pratar om att inte vilja leva – vad ska jag göra?',
    body: 'En nära vän har börjat säga saker som att allt vore enklare om hon inte fanns. Jag vet inte om hon menar allvar och jag är rädd att säga fel sak. Hur ska jag göra?',
    topic: 'psykisk-halsa',
    receivedDaysAgo: 4,
    stage: 'published',
    answer: {
      template: 'allvar',
      body: md(
        'Det är bra att du tar det din vän säger på allvar. Att någon pratar om att inte vilja leva ska alltid tas på allvar, även om det sägs i förbifarten eller som ett skämt.',
        'Ofta är det bästa du kan göra att **fråga rakt ut**. Du kan till exempel säga: ”Jag har hört dig säga att allt vore enklare om du inte fanns. Har du tankar på att ta ditt liv?” Många är rädda att en sådan fråga ska väcka idéer, men så är det inte. För många blir det tvärtom en lättnad att någon vågar fråga.',
        'Några fler råd:',
        ul(
          '**Lyssna** utan att döma eller försöka lösa allt på en gång.',
          '**Visa att du bryr dig** och att du finns kvar.',
          '**Hjälp henne att söka hjälp**, till exempel genom att kontakta vårdcentralen eller psykiatrin tillsammans. Hon kan också ringa 1177 för råd.',
          '**Lova inte att hålla det hemligt** om du är orolig för hennes liv.',
        ),
        'Om du tror att din vän är i akut fara, till exempel om hon har en plan eller redan har skadat sig, ska du **ringa 112** eller följa med henne till en psykiatrisk akutmottagning. Lämna henne inte ensam om risken är akut.',
        'Både din vän och du kan ringa eller chatta med **Självmordslinjen** för att prata med någon. Det kan vara tungt att vara den som stöttar, så se till att du också har någon att prata med.',
      ),
    },
  },
  {
    title: 'Kan socialtjänsten hjälpa någon med långvarig psykisk ohälsa?',
    body: 'Min bror har haft depression och social fobi i många år. Han får medicin via psykiatrin men sitter mest hemma och har ingen sysselsättning. Kan socialtjänsten hjälpa till med något, eller är det bara vården som ansvarar?',
    topic: 'psykisk-halsa',
    receivedDaysAgo: 169,
    stage: 'published',
    answer: {
      template: 'anhorig',
      body: md(
        'Många tror att det bara är vården som ansvarar, men kommunen har också ett ansvar för personer vars psykiska ohälsa påverkar vardagen under lång tid – det som ofta kallas psykisk funktionsnedsättning. Kommunen och regionen ska samarbeta, och den som behöver insatser från båda kan få en **samordnad individuell plan**, en så kallad SIP.',
        'Socialtjänsten kan efter en individuell bedömning ge stöd som till exempel:',
        ul(
          '**Sysselsättning** – meningsfull aktivitet på dagtid, ofta i ett anpassat tempo.',
          '**Boendestöd** – praktiskt och motiverande stöd i hemmet.',
          '**Kontaktperson** – någon att träffa och göra aktiviteter med, för att bryta isoleringen.',
          '**Öppna mötesplatser** – i många kommuner finns träffpunkter dit man kan gå utan något beslut.',
        ),
        'Din bror ansöker själv hos kommunen. Han kan också ta upp frågan med sin kontakt inom psykiatrin, som kan hjälpa till med kontakten eller ta initiativ till en SIP. Om det är svårt för honom att komma igång kan det underlätta om du hjälper till med det första samtalet.',
        'Det kan också finnas stöd hos **Arbetsförmedlingen** för att i lugn takt närma sig arbete eller studier.',
        'Som anhörig har du rätt till stöd från kommunen. Det kan också kännas skönt att ringa **Jourhavande medmänniska** eller träffa andra anhöriga i samma situation.',
      ),
    },
  },
  {
    title: 'Jag känner mig ensam efter att min fru dog – vart kan jag vända mig?',
    body: 'Jag är 67 år och har precis gått i pension. Min fru dog förra året och jag har inte mycket kontakt med någon. Dagarna är långa och jag sover dåligt. Jag vill inte vara till besvär, men jag vet inte hur länge jag orkar ha det så här.',
    topic: 'psykisk-halsa',
    receivedDaysAgo: 337,
    stage: 'published',
    answer: {
      template: 'allvar',
      body: md(
        'Att förlora sin livskamrat och samtidigt gå i pension är två stora förändringar, och det är vanligt att det leder till ensamhet och nedstämdhet. Du är inte till besvär – det finns människor som vill och kan hjälpa dig.',
        'Vi vill också fråga: har du tankar på att inte vilja leva? Om du har det kan du ringa **Självmordslinjen**, och om du känner att du inte är säker just nu ska du ringa 112.',
        'Några vägar att gå vidare:',
        ul(
          '**Vårdcentralen** – sömnproblem och nedstämdhet efter en förlust kan behöva uppmärksammas av vården. Det finns hjälp, till exempel samtalsstöd.',
          '**Sorgegrupper** – många församlingar och föreningar har samtalsgrupper för den som har förlorat en nära anhörig.',
          '**Mötesplatser för seniorer** – många kommuner har träffpunkter med aktiviteter, gemensamma måltider och föreläsningar. Fråga kommunen vad som finns nära dig.',
          '**Äldrelinjen** – en stödlinje för äldre som vill prata med någon.',
          '**Jourhavande medmänniska** – för samtal på kvällar och nätter när ensamheten känns som tyngst.',
        ),
        'Om du längre fram behöver stöd i vardagen kan du också kontakta kommunens äldreomsorg. Där finns till exempel dagverksamhet och andra insatser som kan ge gemenskap.',
        'Att ta ett första steg kan kännas stort. Välj gärna en sak att göra den här veckan – det är en bra början.',
      ),
    },
  },

  // ── Unga ───────────────────────────────────────────────────────────────────────────────────
  {
    title: 'Jag är 16 och vill flytta hemifrån – kan socialtjänsten hjälpa mig?',
    body: 'Jag är 16 år och det är jättemycket bråk hemma. Mina föräldrar skriker på mig och min pappa har knuffat mig några gånger. Jag vill flytta men vet inte om det går när man är under 18. Får mina föräldrar veta om jag kontaktar socialtjänsten?',
    topic: 'unga',
    receivedDaysAgo: 8,
    stage: 'published',
    answer: {
      template: 'unga',
      body: md(
        'Det du berättar om, att dina föräldrar skriker på dig och att din pappa har knuffat dig, är inte okej. Alla barn och unga har rätt att vara trygga hemma, och det är aldrig ditt fel när vuxna använder våld.',
        'När du är under 18 år är det dina föräldrar som bestämmer var du ska bo, och du kan inte flytta på egen hand. Men du kan kontakta **socialtjänsten** i din kommun och berätta hur du har det. Socialtjänsten har ett särskilt ansvar för barn och unga som inte har det bra hemma. De kan till exempel:',
        ul(
          'prata med dig och lyssna på hur du har det,',
          'erbjuda stöd till dig och din familj, till exempel samtal eller familjebehandling,',
          'se till att du får bo någon annanstans en period, om det inte är tryggt för dig hemma.',
        ),
        'Om socialtjänsten startar en utredning behöver de oftast prata med dina föräldrar. Men de kan prata med dig först, utan att dina föräldrar vet om det, och de tänker alltid på hur de kan skydda dig. Fråga gärna hur det går till när du hör av dig.',
        'Du kan också prata med **skolkuratorn** eller skolsköterskan, som kan hjälpa dig att ta kontakt. Vill du prata med någon anonymt kan du ringa eller chatta med **BRIS**.',
        'Om du är rädd för att bli slagen eller inte kan vara hemma i kväll – ring 112 eller kontakta socialjouren.',
      ),
    },
  },
  {
    title: 'Kan man få hjälp att sluta röka cannabis utan att polisen får veta?',
    body: 'Jag är 17 och har börjat röka på med mina kompisar nästan varje helg. Det har blivit mer än jag vill och jag har börjat skolka. Jag vill sluta, men jag vill inte att polisen eller mina föräldrar ska få veta. Vad händer om jag pratar med någon?',
    topic: 'unga',
    receivedDaysAgo: 142,
    stage: 'published',
    answer: {
      template: 'unga',
      body: md(
        'Vad bra att du har märkt att det har blivit mer än du vill, och att du funderar på att göra något åt det. Det är ett viktigt första steg.',
        'Det finns stöd för unga som använder cannabis eller andra droger. I många kommuner finns en **öppenvård för unga** med alkohol- eller drogproblem, där du kan få samtal och hjälp att sluta. I vissa kommuner kan du vara anonym de första gångerna. Du kan också vända dig till ungdomsmottagningen, skolkuratorn eller elevhälsan.',
        'Några saker som är bra att veta:',
        ul(
          'Socialtjänsten och vården har **sekretess**, och de polisanmäler dig inte för att du berättar att du har använt droger.',
          'Eftersom du är under 18 år kan socialtjänsten ibland behöva kontakta dina föräldrar, till exempel om de bedömer att du behöver mer stöd. Fråga gärna vad som gäller innan du berättar, så vet du.',
          'Personal i skolan är skyldig att göra en orosanmälan till socialtjänsten om de tror att en elev far illa. Det är till för att du ska få hjälp, inte för att du ska straffas.',
        ),
        'Det är ofta lättare att sluta med stöd från någon. Vill du prata anonymt kan du ringa eller chatta med **BRIS**. På 1177 kan du läsa mer om cannabis och var du kan få hjälp.',
        'Om någon av dina kompisar mår väldigt dåligt efter att ha tagit något – ring 112.',
      ),
    },
  },
  {
    title: 'Min kompis blir slagen hemma – vad kan jag göra?',
    body: 'Min bästa kompis har berättat att hennes pappa slår henne. Hon har visat mig blåmärken, men hon vill inte att jag berättar för någon, för då blir det värre. Jag vet inte vad jag ska göra.',
    topic: 'unga',
    receivedDaysAgo: 680,
    stage: 'published',
    answer: {
      template: 'unga',
      body: md(
        'Det låter som att du är en riktigt bra kompis, och det är jättetungt att bära en sådan hemlighet. Det är inte ditt ansvar att lösa det här själv, och det är okej att be en vuxen om hjälp.',
        'Din kompis har rätt att vara trygg hemma. Det är förbjudet i Sverige för föräldrar att slå sina barn, och socialtjänsten finns till för att hjälpa barn och unga som har det svårt hemma.',
        'Så här kan du göra:',
        ul(
          '**Prata med en vuxen du litar på**, till exempel skolkuratorn, skolsköterskan, en lärare eller dina egna föräldrar. Personal i skolan är skyldig att göra en orosanmälan till socialtjänsten, så att din kompis får hjälp.',
          '**Gör en orosanmälan själv** till socialtjänsten i kommunen där din kompis bor. Du får vara anonym om du vill.',
          '**Uppmuntra din kompis** att prata med kuratorn eller ringa BRIS. Du kan erbjuda dig att följa med.',
        ),
        'Det är förståeligt att du inte vill svika din kompis förtroende. Men ibland är det rätta att berätta, även om hon har bett dig att låta bli. Socialtjänsten är van vid att barn är rädda för att det ska bli värre, och de tänker noga på hur de kan skydda barnet.',
        'Du kan också ringa **BRIS** själv och prata om hur du mår. Om din kompis är i akut fara – ring 112.',
      ),
    },
  },

  // ── Utkast: nya frågor som ännu inte har redigerats ────────────────────────────────────────
  {
    title: 'Kan man få bistånd till glasögon när man har försörjningsstöd?',
    body: 'Jag har haft försörjningsstöd sedan i våras. Min handläggare säger att jag inte kan få pengar till glasögon, fast jag inte ser tillräckligt bra för att läsa. Är det verkligen så?',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 0,
    stage: 'new',
    submittedText:
      'Hej! Jag heter Jessica Andersson och mitt personnummer är 19850312-2384. Jag bor på Lindblomsvägen 7 och har haft försörjningsstöd sedan i våras. Min handläggare Peter säger att jag inte kan få pengar till glasögon, fast jag inte ser tillräckligt bra för att läsa. Är det verkligen så??? Ring mig gärna på 070-174 06 21.',
  },
  {
    title: 'Kan man få en orosanmälan borttagen om den var obefogad?',
    body: 'Min dotter går i lågstadiet. Hennes lärare har gjort en orosanmälan för att hon kom till skolan med ett blåmärke, men hon hade ramlat med cykeln. Kan man få en orosanmälan borttagen?',
    topic: 'orosanmalan',
    receivedDaysAgo: 1,
    stage: 'new',
    submittedText:
      'Min dotter Elin, 7 år, går i klass 1 på Ekbackens skola. Hennes lärare har gjort en orosanmälan för att hon kom till skolan med ett blåmärke, men hon hade ramlat med cykeln! Mitt personnummer är 19920718-4461 och ni når mig på 070-174 06 58. Kan ni se till att anmälan tas bort?',
  },
  {
    title: 'Hur kan jag få hjälp när min granne verkar ha slutat klara sig själv?',
    body: 'Min granne är en äldre kvinna som bor ensam. Den senaste tiden har hon verkat förvirrad, hon har ringt på hos mig mitt i natten och post ligger kvar i brevlådan i flera dagar. Hon har inga barn som jag vet om. Vad kan jag göra?',
    topic: 'aldre',
    receivedDaysAgo: 2,
    stage: 'new',
    submittedText:
      'Min granne Margit Olsson, 86 år, bor på Kastanjegatan 3B, lägenhet 1102, samma trappa som jag. Den senaste tiden har hon verkat förvirrad, hon har ringt på hos mig mitt i natten och posten ligger kvar i brevlådan i flera dagar. Hon har inga barn som jag vet om. Vad kan jag göra? Mvh Kent, tel 070-174 06 77',
  },

  // ── Utkast: svar under arbete ──────────────────────────────────────────────────────────────
  {
    title: 'Kan socialtjänsten hjälpa mig när elbolaget hotar att stänga av strömmen?',
    body: 'Jag har fått ett brev från elbolaget om att strömmen stängs av om jag inte betalar inom två veckor. Jag har två barn hemma och ingen buffert. Kan socialtjänsten hjälpa till?',
    topic: 'skulder-och-ekonomi',
    receivedDaysAgo: 1,
    stage: 'in_progress',
    submittedText:
      'hej jag har fått brev från elbolaget att dom stänger av strömmen om jag inte betalar inom 2 veckor. jag har två barn hemma och inga pengar över alls. kan soc hjälpa till??',
    answer: {
      template: 'standard',
      body: md(
        'Ett brev om avstängning är allvarligt, men det finns ofta tid att hitta en lösning om du agerar snabbt. Innan elen får stängas av på grund av obetalda räkningar ska socialnämnden i din kommun få ett meddelande om det. Det görs för att socialtjänsten ska kunna erbjuda hjälp, särskilt när det bor barn i hushållet.',
        'Du kan ansöka om ekonomiskt bistånd till elskulden. Socialtjänsten gör då en individuell prövning där man bland annat tittar på:',
        ul('[fyll på: vad som vägs in i prövningen]'),
        '[Till kollegan: lägg till något om avbetalningsplan med elbolaget och om budget- och skuldrådgivningen.]',
      ),
    },
  },
  {
    title: 'Mitt barns pappa betalar inte underhåll – vad gör jag?',
    body: 'Jag och mitt barns pappa separerade för ett år sedan. Han har lovat att betala underhåll, men pengarna kommer sällan. Kan socialtjänsten hjälpa mig att få pengarna?',
    topic: 'relationer-och-separation',
    receivedDaysAgo: 2,
    stage: 'in_progress',
    submittedText:
      'Jag och mitt barns pappa separerade för ett år sedan. Han har lovat att betala underhåll men pengarna kommer nästan aldrig. Kan ni på socialen hjälpa mig att få pengarna av honom?',
    answer: {
      template: 'hanvisning',
      body: md(
        'Underhåll för barn är något som föräldrarna i första hand kommer överens om, och socialtjänsten driver inte in underhållsbidrag. Men det finns hjälp att få.',
        'Om barnet bor hos dig och den andra föräldern inte betalar kan du ansöka om **underhållsstöd** från Försäkringskassan. Då betalar Försäkringskassan ett belopp till dig varje månad, och den andra föräldern blir i stället skyldig att betala tillbaka till Försäkringskassan.',
        'Familjerätten i kommunen kan hjälpa er att …',
      ),
    },
  },

  // ── Utkast: svar som väntar på kollegial granskning ────────────────────────────────────────
  {
    title: 'Kan vi få avlastning för vårt barn med funktionsnedsättning?',
    body: 'Vår son är åtta år och har svår epilepsi och en intellektuell funktionsnedsättning. Han behöver tillsyn dygnet runt och vi föräldrar är helt slut. Finns det något stöd som kan ge oss lite andrum?',
    topic: 'funktionsnedsattning',
    receivedDaysAgo: 2,
    stage: 'in_review',
    submittedText:
      'Vår son är 8 år och har svår epilepsi och en intellektuell funktionsnedsättning. Han behöver tillsyn dygnet runt och vi föräldrar är helt slut, vi har inte sovit en hel natt på flera år. Finns det något stöd som kan ge oss lite andrum?',
    answer: {
      template: 'anhorig',
      body: md(
        'Att vara förälder till ett barn som behöver tillsyn dygnet runt kräver enormt mycket, och det är både vanligt och viktigt att ni behöver andrum. Det finns stöd som är till för just detta.',
        'Om er son tillhör LSS personkrets, vilket är troligt, kan ni ansöka om följande insatser hos kommunens LSS-handläggare:',
        ul(
          '**Avlösarservice i hemmet** – en person kommer hem till er och tar hand om er son, så att ni kan göra något annat en stund. Det kan vara både planerat och vid oförutsedda händelser.',
          '**Korttidsvistelse utanför hemmet** – er son bor kortare perioder, till exempel en helg i månaden, på ett korttidshem eller hos en stödfamilj. Det ger er vila och honom miljöombyte och nya relationer.',
          '**Kontaktperson** – någon som kan göra fritidsaktiviteter tillsammans med er son.',
        ),
        'Om er sons behov är mycket stora kan även personlig assistans bli aktuell.',
        'Hos Försäkringskassan kan ni ansöka om **omvårdnadsbidrag**, ett ekonomiskt stöd till föräldrar som har ett barn med funktionsnedsättning som behöver extra tillsyn och vård. Om ni har merkostnader på grund av hans funktionsnedsättning kan ni också ansöka om **merkostnadsersättning**.',
        'Regionens habilitering kan också vara ett stöd, till exempel med föräldrautbildningar och samtal.',
        'Att be om avlastning är inte ett tecken på att ni brister som föräldrar. Tvärtom är det ofta det som gör att man orkar i längden.',
      ),
    },
  },
  {
    title: 'Hur fungerar ett skyddat boende?',
    body: 'Min partner hotar mig och har sagt att han ska hitta mig om jag lämnar honom. Jag funderar på att flytta till ett skyddat boende men vet inte hur det fungerar. Kan jag ta med mig min katt?',
    topic: 'vald-i-nara-relationer',
    receivedDaysAgo: 3,
    stage: 'in_review',
    submittedText:
      'Min partner hotar mig och har sagt att han ska hitta mig var jag än gömmer mig om jag lämnar honom. Jag funderar på skyddat boende men vet inte hur det funkar. Kan jag ta med min katt?',
    answer: {
      template: 'allvar',
      body: md(
        'Att leva med hot är mycket påfrestande, och det är klokt att du redan nu tänker på din säkerhet. Ett skyddat boende är ett tillfälligt boende för den som är utsatt för våld eller hot och inte kan bo kvar hemma på ett tryggt sätt. Adressen är hemlig, och boendet har rutiner för att skydda dem som bor där.',
        'Så här brukar det gå till:',
        ul(
          'Du kontaktar socialtjänsten i din kommun, eller socialjouren utanför kontorstid, och berättar om din situation.',
          'Socialtjänsten gör en bedömning av ditt behov av skydd och stöd, och beslutar om placering i ett skyddat boende om det behövs.',
          'Under tiden på boendet får du stöd, till exempel stödsamtal och hjälp med kontakter med polis, myndigheter och andra.',
          'Tillsammans med socialtjänsten planerar du för vad som ska hända när du lämnar boendet.',
        ),
        'Om du har barn ska även deras behov av skydd och stöd uppmärksammas.',
        'När det gäller din katt är det tyvärr många skyddade boenden som inte kan ta emot husdjur. Fråga socialtjänsten om det finns möjligheter där du bor, eller om djuret kan tas om hand tillfälligt av någon du litar på.',
        '**Kvinnofridslinjen** har öppet dygnet runt och kan hjälpa dig att tänka igenom hur du kan lämna på ett säkert sätt. Du kan också polisanmäla hoten och begära kontaktförbud.',
      ),
    },
  },

  // ── Utkast: granskade och godkända svar som väntar på publicering ──────────────────────────
  {
    title: 'Kan jag få ersättning för att jag tar hand om min pappa?',
    body: 'Jag hjälper min pappa med nästan allt: jag handlar, städar, följer med till läkaren och hjälper honom att duscha. Jag har fått gå ner i arbetstid för att hinna. Finns det någon möjlighet att få ersättning för det jag gör?',
    topic: 'aldre',
    receivedDaysAgo: 3,
    stage: 'approved',
    submittedText:
      'Jag hjälper min pappa med nästan allt, handlar, städar, följer med till läkaren och hjälper honom att duscha. Har fått gå ner till 75 % på jobbet för att hinna. Finns det någon möjlighet att få betalt för det jag gör?',
    answer: {
      template: 'anhorig',
      body: md(
        'Det du gör för din pappa är ovärderligt, och det är förståeligt att det sliter både på ekonomin och på orken. Möjligheterna till ersättning skiljer sig åt mellan kommuner, men här är några vägar att undersöka:',
        ul(
          '**Hemtjänst i stället för eller som komplement till din hjälp.** Din pappa kan ansöka om hemtjänst hos kommunens biståndshandläggare. Det kan avlasta dig, så att du kan gå tillbaka till mer arbetstid.',
          '**Anhöriganställning eller anhörigbidrag.** Vissa kommuner kan i särskilda fall anställa en anhörig för att utföra hemtjänst eller betala ut ett bidrag till den som vårdar en närstående. Det finns ingen rätt till detta, så fråga kommunen vad som gäller hos er.',
          '**Närståendepenning** från Försäkringskassan kan bli aktuell om din pappa är svårt sjuk, alltså om sjukdomen innebär ett påtagligt hot mot hans liv.',
        ),
        'Du kan också få stöd för din egen skull. Kommunen ska erbjuda stöd till anhöriga som vårdar en närstående, till exempel samtal, information, anhöriggrupper och avlösning. Din pappa kan också ansöka om korttidsvistelse eller växelvård, så att du får möjlighet att vila.',
        'Prata gärna med kommunens anhörigstöd om hur du har det. Att orka i längden är viktigt både för dig och för din pappa.',
      ),
    },
  },
  {
    title: 'Får socialtjänsten kräva att jag söker jobb för att få försörjningsstöd?',
    body: 'Jag har ansökt om försörjningsstöd och fått veta att jag måste vara inskriven på Arbetsförmedlingen och delta i en aktivitet som kommunen anvisar. Jag tycker inte att jag ska behöva göra något för att få pengar att leva på. Får de verkligen kräva det?',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 3,
    stage: 'approved',
    submittedText:
      'Jag har sökt försörjningsstöd och fått höra att jag måste vara inskriven på AF och gå på någon aktivitet som kommunen bestämmer. Varför ska jag behöva göra något för att få pengar att leva på?? Får dom verkligen kräva det?',
    answer: {
      template: 'standard',
      body: md(
        'Ja, socialtjänsten får ställa sådana krav. Ekonomiskt bistånd är samhällets yttersta skyddsnät, och en grundtanke är att var och en efter förmåga ska försöka försörja sig själv. Den som kan arbeta förväntas därför **stå till arbetsmarknadens förfogande**.',
        'Det innebär i regel att du ska:',
        ul(
          'vara inskriven som arbetssökande hos Arbetsförmedlingen,',
          'aktivt söka arbeten som du kan klara av, även utanför ditt yrke,',
          'delta i de aktiviteter som Arbetsförmedlingen eller kommunen anvisar, till exempel praktik eller kompetenshöjande verksamhet.',
        ),
        'Syftet med aktiviteterna är att du ska få bättre möjligheter att försörja dig själv framöver. De ska utgå från dina behov och förutsättningar.',
        'Om du utan godtagbart skäl avstår från att delta i en anvisad aktivitet kan ditt försörjningsstöd minskas eller upphöra. Det finns dock undantag. Om du till exempel är sjuk, har en funktionsnedsättning eller är föräldraledig gäller andra förutsättningar. Vid sjukdom kan socialtjänsten be om ett läkarintyg.',
        'Om du tycker att en aktivitet inte passar dig, prata med din handläggare och berätta varför. Om du får ett beslut om avslag eller nedsättning har du rätt att få det skriftligt och att överklaga det till förvaltningsrätten.',
      ),
    },
  },

  // ── Utkast: frågor som inte publiceras ─────────────────────────────────────────────────────
  {
    title: 'Kritik mot kommunens prioriteringar',
    body: 'Frågeställaren vill debattera hur kommunen fördelar pengar mellan ekonomiskt bistånd och skolan, och ställer ingen fråga om stöd eller regler.',
    topic: 'ekonomiskt-bistand',
    receivedDaysAgo: 1,
    stage: 'rejected',
    rejectionReason: 'debate',
    submittedText:
      'Varför ska vi som jobbar betala för alla som bara går på socialbidrag? Svara på det om ni kan! Kommunen borde lägga pengarna på skolan i stället.',
  },
  {
    title: 'Akut situation i hemmet',
    body: 'Frågeställaren beskriver att en förälder är berusad och hotar den andra föräldern just nu. Situationen är akut och kan inte hanteras här; frågeställaren hänvisas till 112 och socialjouren.',
    topic: 'vald-i-nara-relationer',
    receivedDaysAgo: 0,
    stage: 'rejected',
    rejectionReason: 'emergency',
    submittedText:
      'pappa är full och skriker på mamma och han har slagit sönder dörren till sovrummet. jag är inlåst på mitt rum med min lillebror. vad ska jag göra??',
  },
  {
    title: 'Kan man anmäla anonymt om man är orolig för ett barn?',
    body: 'Jag är orolig för ett barn i mitt kvarter. Kan man göra en orosanmälan utan att lämna sitt namn?',
    topic: 'orosanmalan',
    receivedDaysAgo: 2,
    stage: 'rejected',
    rejectionReason: 'duplicate',
    submittedText:
      'Jag är orolig för ett barn i mitt kvarter. Kan man anmäla till soc utan att säga vem man är?',
  },
];
