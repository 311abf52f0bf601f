import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeedbackText, feedbackDay, QUESTION_ID, windowStart } from '../../config/domain/feedback';
import { FEEDBACK_TEXT } from '../../config/domain/limits';
import { parseMissingText, parseVote } from '../../cms/src/feedback/requests';

describe('"Vad saknades?": one text rule for the page, the site and the CMS', () => {
  it('normalises and counts characters as the citizen sees them', () => {
    expect(checkFeedbackText('  Det\u0000 saknades\r\n något  ')).toEqual({ ok: true, text: 'Det saknades\n något', length: 19 });
    expect(checkFeedbackText('👨‍👩‍👧'.repeat(FEEDBACK_TEXT.max))).toMatchObject({ ok: true, length: FEEDBACK_TEXT.max });
    expect(checkFeedbackText('👨‍👩‍👧'.repeat(FEEDBACK_TEXT.max + 1))).toMatchObject({ ok: false, problem: 'text_too_long' });
    expect(checkFeedbackText('x'.repeat(FEEDBACK_TEXT.max + 1))).toMatchObject({ ok: false, problem: 'text_too_long', length: 501 });
  });

  it('refuses nothing, nothing visible and only control characters', () => {
    expect(checkFeedbackText('')).toMatchObject({ ok: false, problem: 'text_missing' });
    expect(checkFeedbackText('\u0000\u0007')).toMatchObject({ ok: false, problem: 'text_missing' });
    expect(checkFeedbackText('\u200b\u200d\ufeff\u2800')).toMatchObject({ ok: false, problem: 'text_invisible' });
  });

  it('the CMS takes only a question id and Ja/Nej, or a question id and a text, naming its reason', () => {
    expect(parseVote({ question: 'abc123', helped: false })).toEqual({ ok: true, data: { question: 'abc123', helped: false } });
    expect(parseVote({ question: 'abc123', helped: 'false' })).toMatchObject({ ok: false, reason: 'bad_vote' });
    expect(parseVote({ question: 'ABC', helped: true })).toMatchObject({ ok: false, reason: 'bad_question' });
    expect(parseVote({ question: { $ne: null }, helped: true })).toMatchObject({ ok: false, reason: 'bad_question' });
    expect(parseVote(null)).toMatchObject({ ok: false, reason: 'bad_question' });
    expect(parseMissingText({ question: 'abc123', text: ' Mer om hyra\u0000 ' })).toEqual({ ok: true, data: { question: 'abc123', text: 'Mer om hyra' } });
    expect(parseMissingText({ question: 'abc123', text: 'x'.repeat(501) })).toMatchObject({ ok: false, reason: 'text_too_long' });
    expect(parseMissingText({ question: 'abc123', text: ['x'] })).toMatchObject({ ok: false, reason: 'text_missing' });
    expect(QUESTION_ID.test('a'.repeat(65))).toBe(false);
  });
});

describe('days, in Swedish time', () => {
  it('a vote late on New Year’s Eve in Sweden counts on the 31st, one after midnight Swedish time on the 1st', () => {
    expect(feedbackDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(feedbackDay(new Date('2026-12-31T23:01:00Z'))).toBe('2027-01-01');
    expect(feedbackDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(feedbackDay(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });

  it('a window of N days ends today and counts calendar days across the change to summer time', () => {
    expect(windowStart(1, new Date('2026-04-10T12:00:00Z'))).toBe('2026-04-10');
    expect(windowStart(90, new Date('2026-04-10T12:00:00Z'))).toBe('2026-01-11');
    expect(windowStart(2, new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-29');
  });
});

describe('one definition per fact', () => {
  it('the stored question id has room for every id the rule allows', () => {
    for (const type of ['feedback-count', 'feedback-text']) {
      const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../cms/src/api/feedback/content-types/${type}/schema.json`), 'utf8'));
      expect(schema.attributes.question.maxLength).toBe(64);
      expect(schema.options.draftAndPublish).toBe(false);
      for (const [name, attribute] of Object.entries(schema.attributes)) expect((attribute as { private?: boolean }).private, `${type}.${name}`).toBe(true);
    }
  });
});
