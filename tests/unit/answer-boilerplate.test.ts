import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerBoilerplate } from '../../site/server/answer-boilerplate';
import { searchRecords } from '../../site/server/search-records';
import { plainText } from '../../site/src/lib/markdown';

const OPENING = 'Hej och **tack** för din fråga!';
const CLOSING = 'Med vänliga hälsningar,\nFrågelådan';
const answer = (middle: string, opening = OPENING, closing = CLOSING) => `${opening}\n\n${middle}\n\n${closing}`;

/** Counts every answer first, then strips: as the build does, with the whole bank seen. */
function stripAll(answers: string[]): string[] {
  const boilerplate = answerBoilerplate();
  const edges = answers.map((a) => boilerplate.edges(a));
  return answers.map((a, i) => boilerplate.strip(plainText(a), edges[i]));
}

describe('the greeting and sign-off many answers share', () => {
  it('are left out of what the search indexes, and what each answer says is kept', () => {
    const answers = Array.from({ length: 10 }, (_, i) => answer(`Svar nummer ${i} om skulder 🙂.\n\nEtt andra stycke ${i}.`));
    expect(stripAll(answers)).toEqual(Array.from({ length: 10 }, (_, i) => `Svar nummer ${i} om skulder 🙂. Ett andra stycke ${i}.`));
  });

  it('are kept when too few answers share them (fewer than 3, or than one in a hundred)', () => {
    expect(stripAll([answer('Ett.'), answer('Två.'), 'Tre, utan hälsning.'])).toEqual([plainText(answer('Ett.')), plainText(answer('Två.')), 'Tre, utan hälsning.']);
    const many = [...Array.from({ length: 9 }, (_, i) => answer(`Svar ${i}.`)), ...Array.from({ length: 991 }, (_, i) => `Annat svar ${i}.\n\nSlut ${i}.`)];
    expect(stripAll(many)[0]).toBe(plainText(many[0]));
    // 11 of 1,002: at least one in a hundred.
    const enough = [answer('Svar 9.'), answer('Svar 10.'), ...many];
    expect(stripAll(enough)[0]).toBe('Svar 9.');
  });

  it('never leave an answer empty, and a single paragraph is never stripped', () => {
    const answers = [...Array.from({ length: 5 }, (_, i) => answer(`Svar ${i}.`)), `${OPENING}\n\n${CLOSING}`, OPENING];
    const stripped = stripAll(answers);
    expect(stripped[5]).toBe(plainText(`${OPENING}\n\n${CLOSING}`));
    expect(stripped[6]).toBe(plainText(OPENING));
  });

  it('reach the search records: title, question and the answer without them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-records-'));
    try {
      const records = searchRecords(2500);
      for (let i = 0; i < 4; i++) {
        const markdown = answer(`Du kan ansöka om skuldsanering ${i}.`);
        records.add(
          { id: `${i}`, url: `https://k.se/fragor/f${i}`, topic: 'Ekonomi', published: '', updated: '', question_title: `Titel ${i}?`, question: `Frågan ${i}.`, answer: plainText(markdown) },
          markdown,
        );
      }
      records.write(dir);
      const written = JSON.parse(fs.readFileSync(path.join(dir, 'shard-0.json'), 'utf8')) as Array<{ url: string; content: string }>;
      expect(written.map((r) => r.content)).toEqual([0, 1, 2, 3].map((i) => `Titel ${i}? Frågan ${i}. Du kan ansöka om skuldsanering ${i}.`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
