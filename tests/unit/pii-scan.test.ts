import { describe, expect, it } from 'vitest';
import { scanForPii } from '../../site/server/intake/pii-scan';

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

  it('gives the spans so that the form can mark them', () => {
    const text = 'Ring 070-123 45 67 nu';
    const [finding] = scanForPii(text);
    expect(text.slice(finding.start, finding.end)).toBe('070-123 45 67');
  });
});
