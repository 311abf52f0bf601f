import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../cms/src/api/question/submission';
import { checkQuestionText } from '../../config/domain/question-text';

describe('the question text rule shared by the form, the site server and the CMS', () => {
  it('normalises before it counts: NUL, lone surrogates and control characters go, NFC, trimmed', () => {
    const checked = checkQuestionText(`  Hur g\u0000ör jag \ud800när a\u030a något händer hemma?\u0007  `);
    expect(checked).toEqual({ ok: true, text: 'Hur gör jag när å något händer hemma?', length: 37 });
  });

  it('counts characters as a reader does: 4,000 emoji fit, 4,001 do not', () => {
    expect(checkQuestionText('😀'.repeat(2001))).toMatchObject({ ok: true, length: 2001 });
    expect(checkQuestionText('👨‍👩‍👧‍👦'.repeat(4000))).toMatchObject({ ok: true, length: 4000 });
    expect(checkQuestionText('😀'.repeat(4001))).toMatchObject({ ok: false, problem: 'text_too_long' });
  });

  it('refuses text that shows nothing, and names why', () => {
    expect(checkQuestionText('\u200b'.repeat(40))).toMatchObject({ ok: false, problem: 'text_invisible' });
    expect(checkQuestionText('\u0000\u0000 \n')).toMatchObject({ ok: false, problem: 'text_missing' });
    expect(checkQuestionText('för kort')).toMatchObject({ ok: false, problem: 'text_too_short' });
  });
});

describe('a submission from the site', () => {
  it('takes the text, normalised and trimmed, and only the known fields', () => {
    const parsed = parseSubmission({ text: `  ${'a'.repeat(30)}\u0000  `, stage: 'approved', title: 'x' });
    expect(parsed).toEqual({ ok: true, data: { submittedText: 'a'.repeat(30) } });
  });

  it('normalises the strings of PII findings too, and takes only their known shape', () => {
    const finding = { kind: 'telefon', start: 0, end: 13, text: '070-123\u0000 45 67', extra: 'x' };
    const parsed = parseSubmission({ text: 'a'.repeat(30), piiFindings: [finding] });
    expect(parsed).toEqual({
      ok: true,
      data: { submittedText: 'a'.repeat(30), piiFindings: [{ kind: 'telefon', start: 0, end: 13, text: '070-123 45 67' }] },
    });
  });

  it.each([
    [undefined, 'text_missing', 'Skriv din fråga'],
    [{ text: 42 }, 'text_missing', 'Skriv din fråga'],
    [{ text: 'kort' }, 'text_too_short', 'för kort'],
    [{ text: 'a'.repeat(4001) }, 'text_too_long', 'för lång'],
    [{ text: '😀'.repeat(4001) }, 'text_too_long', 'för lång'],
    [{ text: '\u200b\u200c\u2060'.repeat(10) }, 'text_invisible', 'synliga'],
    [{ text: 'a'.repeat(30), receiptHash: 'abc' }, 'bad_receipt_hash', 'Kvittots'],
    [{ text: 'a'.repeat(30), topic: 7 }, 'bad_topic', 'Ämnet'],
    [{ text: 'a'.repeat(30), topic: 'abc\u0000' }, 'bad_topic', 'Ämnet'],
    [{ text: 'a'.repeat(30), piiFindings: [{ kind: 'skonummer', start: 0, end: 1, text: 'x' }] }, 'bad_findings', 'känsliga'],
    [{ text: 'a'.repeat(30), idempotencyKey: 'kort' }, 'bad_key', 'nyckel'],
  ])('refuses %j with a reason and a Swedish message', (input, reason, message) => {
    const parsed = parseSubmission(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toBe(reason);
      expect(parsed.message).toContain(message);
    }
  });

  it('takes 2,001 emoji, which is 4,002 UTF-16 code units', () => {
    expect(parseSubmission({ text: '😀'.repeat(2001) }).ok).toBe(true);
  });
});
