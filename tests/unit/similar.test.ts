import { describe, expect, it } from 'vitest';
import { significantWords, similarQuestions } from '../../site/src/lib/similar';
import type { Pagefind } from '../../site/src/lib/search-client';
import { searchableText } from '../../site/server/search-text';

describe('the words a similar-question search uses', () => {
  it('keeps what the question is about and drops the Swedish glue', () => {
    expect(significantWords('Jag har skulder hos Kronofogden och vet inte vad jag ska göra')).toEqual(
      expect.arrayContaining(['skulder', 'kronofogden']),
    );
    expect(significantWords('Jag har skulder hos Kronofogden och vet inte vad jag ska göra')).not.toEqual(
      expect.arrayContaining(['jag']),
    );
    expect(significantWords('Hur ansöker man om skuldsanering för min pappa?')).toEqual(['skuldsanering', 'ansöker', 'pappa']);
  });

  it('searches a long question by a few of its longest words, each once', () => {
    const long = 'Min mamma är 84 år och klarar sig inte längre själv hemma. Hon glömmer att äta och har ramlat två gånger. Vi barn bor långt bort. Hur ansöker man om hemtjänst eller äldreboende, och vem betalar?';
    const words = significantWords(long);
    expect(words.length).toBeLessThanOrEqual(8);
    expect(words).toEqual(expect.arrayContaining(['äldreboende', 'hemtjänst']));
    expect(new Set(words).size).toBe(words.length);
    expect(words).not.toContain('84');
  });

  it('copes with emoji, zero-width and control characters', () => {
    expect(significantWords('😀😀 \u200b\u0000 skuld\u200bsanering')).toEqual(['sanering', 'skuld']);
    expect(significantWords('')).toEqual([]);
  });
});

describe('the text the search index holds', () => {
  it('reads as sentences: no full stop after a question mark', () => {
    expect(searchableText({ title: 'Hur ansöker man om skuldsanering?', question: 'Min pappa har skulder.', answer: 'Kontakta kommunen' })).toBe(
      'Hur ansöker man om skuldsanering? Min pappa har skulder. Kontakta kommunen.',
    );
    expect(searchableText({ title: 'Skuldsanering', question: ' Hur gör man? ', answer: '' })).toBe('Skuldsanering. Hur gör man?');
  });
});

describe('the similar questions shown above the button', () => {
  it('leave out a hit whose text does not load, and still show the others', async () => {
    const hit = (id: string, fails = false) => ({
      id,
      score: 1,
      data: () => (fails ? Promise.reject(new Error('410')) : Promise.resolve({ url: `/fragor/${id}`, meta: { title: id }, excerpt: '' })),
    });
    const index: Pagefind = {
      init: async () => {},
      mergeIndex: async () => {},
      search: async () => ({ results: [hit('kvar'), hit('borttagen', true), hit('annan')] }),
    };
    expect((await similarQuestions(index, 'Hur ansöker man om skuldsanering?')).map((r) => r.url)).toEqual(['/fragor/kvar', '/fragor/annan']);
  });
});
