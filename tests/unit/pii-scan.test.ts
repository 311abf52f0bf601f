import { describe, expect, it } from 'vitest';
import { scanForPii } from '../../config/domain/pii-scan';

const kinds = (text: string) => scanForPii(text).map((f) => `${f.kind}:${f.text}`);

describe('the Swedish PII scan', () => {
  it.each([
    ['Mitt personnummer är 811218-9876.', 'personnummer:811218-9876'],
    ['Jag är född 198112189876 och', 'personnummer:198112189876'],
    ['pnr 19811218-9876', 'personnummer:19811218-9876'],
    ['hon är 100 år: 121212+1212', 'personnummer:121212+1212'],
    ['samordningsnummer 701063-2391', 'samordningsnummer:701063-2391'],
  ])('finds a personal identity number in %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['Fel kontrollsiffra 811218-9875'],
    ['Omöjligt datum 811318-9876'],
    ['Ett ordernummer 1234567890'],
    ['Beloppet 2 500 kronor den 12 mars'],
  ])('does not flag %s as a personal identity number', (text) => {
    expect(scanForPii(text).filter((f) => f.kind === 'personnummer' || f.kind === 'samordningsnummer')).toEqual([]);
  });

  it.each([
    ['Ring mig på 070-123 45 67', 'telefon:070-123 45 67'],
    ['mobil 0701234567 tack', 'telefon:0701234567'],
    ['+46 70 123 45 67', 'telefon:+46 70 123 45 67'],
    ['växeln 08-508 25 908', 'telefon:08-508 25 908'],
    ['040 34 10 00', 'telefon:040 34 10 00'],
  ])('finds a phone number in %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([['Jag har 3 barn och 2 katter'], ['år 2023 flyttade vi'], ['kostar 1200 kr']])('does not flag %s as a phone number', (text) => {
    expect(scanForPii(text).filter((f) => f.kind === 'telefon')).toEqual([]);
  });

  it.each([
    ['maila anna.svensson@example.se', 'epost:anna.svensson@example.se'],
    ['jag bor på Storgatan 12 B i stan', 'adress:Storgatan 12 B'],
    ['Kungsvägen 3, 123 45 Malmö', 'postnummer:123 45'],
    ['bilen ABC 123 står', 'registreringsnummer:ABC 123'],
    ['ny skylt MLB12A', 'registreringsnummer:MLB12A'],
  ])('finds %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([['Jag mår DÅLIG 123 dagar'], ['gatan är lång'], ['jag@ hemma'], ['SOL 2 kap']])('leaves ordinary text alone: %s', (text) => {
    expect(scanForPii(text)).toEqual([]);
  });

  // Classes the first scanner missed (issue 7, item 7).
  it.each([
    ['jag bor på Östergatan 5 sedan i fjol', 'adress:Östergatan 5'],
    ['vid Ängsvägen 12', 'adress:Ängsvägen 12'],
    ['Åkervägen 3B', 'adress:Åkervägen 3B'],
    ['hon bor på storgatan 14 numera', 'adress:storgatan 14'],
    ['vi ses på Möllevångstorget 2', 'adress:Möllevångstorget 2'],
    ['Gustav Adolfs torg 5 i Malmö', 'adress:Adolfs torg 5'],
    ['Lilla torg 1', 'adress:Lilla torg 1'],
  ])('finds a street address in %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['pnr 811218–9876 (med tankstreck)', 'personnummer:811218–9876'],
    ['pnr 811218 – 9876', 'personnummer:811218 – 9876'],
    ['född 19811218 9876', 'personnummer:19811218 9876'],
  ])('finds a personnummer written with an en dash or spaces: %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['ring 070 - 123 45 67', 'telefon:070 - 123 45 67'],
    ['ring 070–123 45 67', 'telefon:070–123 45 67'],
    ['ring 070 / 123 45 67', 'telefon:070 / 123 45 67'],
    ['ring 070.123.45.67', 'telefon:070.123.45.67'],
  ])('finds a phone number with spaced separators: %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['anna.svensson(at)example.se', 'epost:anna.svensson(at)example.se'],
    ['anna [at] example.se', 'epost:anna [at] example.se'],
    ['anna(at)example(dot)se', 'epost:anna(at)example(dot)se'],
  ])('finds an e-mail address written with "(at)": %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([['Jag bor på plan 2'], ['hon avled 2012'], ['vi är på väg 3 dagar'], ['Lägenheten på plats 2 i kön']])(
    'does not take ordinary phrases for addresses: %s',
    (text) => {
      expect(scanForPii(text).filter((f) => f.kind === 'adress')).toEqual([]);
    },
  );

  it('never flags a public helpline number it is told about', () => {
    const text = 'Ring Socialjouren på 040-34 66 66 eller mig på 070-123 45 67.';
    expect(kinds(text)).toEqual(['telefon:040-34 66 66', 'telefon:070-123 45 67']);
    expect(scanForPii(text, { publicNumbers: ['+46 40 34 66 66'] }).map((f) => f.text)).toEqual(['070-123 45 67']);
  });

  it('gives the spans so that the form can mark them', () => {
    const text = 'Ring 070-123 45 67 nu';
    const [finding] = scanForPii(text);
    expect(text.slice(finding.start, finding.end)).toBe('070-123 45 67');
  });
});
