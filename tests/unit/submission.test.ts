import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../cms/src/api/question/submission';

describe('a submission from the site', () => {
  it('takes the text, trimmed, and only the known fields', () => {
    const parsed = parseSubmission({ text: `  ${'a'.repeat(30)}  `, stage: 'approved', title: 'x' });
    expect(parsed).toEqual({ ok: true, data: { submittedText: 'a'.repeat(30) } });
  });

  it.each([
    [undefined, 'Skriv din fråga'],
    [{ text: 'kort' }, 'för kort'],
    [{ text: 'a'.repeat(4001) }, 'för lång'],
    [{ text: 'a'.repeat(30), receiptHash: 'abc' }, 'Kvittots'],
    [{ text: 'a'.repeat(30), topic: 7 }, 'Ämnet'],
  ])('refuses %j with a Swedish message', (input, message) => {
    const parsed = parseSubmission(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});
