import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_TEXT, QUESTION_TITLE } from '../../config/domain/limits';
import { CASE_EVENT_KINDS } from '../../config/domain/case-events';
import { REFERRAL_KINDS } from '../../config/domain/referrals';
import { REJECTION_REASONS, STAGES } from '../../config/domain/stages';
import { SERVER_FIELDS } from '../../cms/src/workflow/server-fields';

/** Each fact is defined once in config/domain; the CMS's schemas must say the same. */

const schema = (type: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../cms/src/api/${type}/content-types/${type}/schema.json`), 'utf8')) as {
    attributes: Record<string, { type: string; enum?: string[]; maxLength?: number; private?: boolean }>;
  };

describe('one definition per fact', () => {
  it('the question schema has the stages and rejection reasons of config/domain/stages.ts', () => {
    const { attributes } = schema('question');
    expect(attributes.stage.enum).toEqual([...STAGES]);
    expect(attributes.rejectionReason.enum).toEqual([...REJECTION_REASONS]);
  });

  it('the referral schema has the kinds of config/domain/referrals.ts', () => {
    expect(schema('referral').attributes.kind.enum).toEqual([...REFERRAL_KINDS]);
  });

  it('the case record has the event kinds of config/domain/case-events.ts, and every field is private', () => {
    const { attributes } = schema('case-event');
    expect(attributes.kind.enum).toEqual([...CASE_EVENT_KINDS]);
    for (const [name, attribute] of Object.entries(attributes)) expect(attribute.private, name).toBe(true);
  });

  it('the title column holds the longest title the limits allow', () => {
    expect(schema('question').attributes.title.maxLength).toBe(QUESTION_TITLE.max);
    expect(QUESTION_TEXT.min).toBeLessThan(QUESTION_TEXT.max);
  });

  it('every field only the workflow writes exists, and is private', () => {
    for (const [uid, fields] of Object.entries(SERVER_FIELDS)) {
      const type = uid.split('.').pop()!;
      const { attributes } = schema(type);
      for (const field of fields) {
        expect(attributes[field], `${uid}.${field}`).toBeDefined();
        expect(attributes[field].private, `${uid}.${field}`).toBe(true);
      }
    }
  });
});
