import { describe, expect, it } from 'vitest';
import { CASE_EVENT_KINDS } from '../../config/domain/case-events';
import { PII_KINDS } from '../../config/domain/pii-scan';
import { REJECTION_REASONS, STAGES } from '../../config/domain/stages';
import { TABS } from '../../cms/src/plugins/desk/shared/contracts';
import words from '../../cms/src/plugins/desk/admin/src/translations/sv.json';
import { messages, reasonName, stageName } from '../../cms/src/messages';

/** No stage, reason, finding or tab is ever shown to an editor as its code: each has its Swedish words. */
describe('the desk’s words for the domain’s codes', () => {
  const sv = words as Record<string, string>;

  it.each([
    ['stage', STAGES],
    ['reason', REJECTION_REASONS],
    ['pii', PII_KINDS],
    ['tab', TABS],
  ] as const)('every %s has words', (prefix, codes) => {
    for (const code of codes) expect(sv[`${prefix}.${code}`], `${prefix}.${code}`).toBeTruthy();
  });

  it('every kind of case event has words in the history', () => {
    for (const kind of CASE_EVENT_KINDS) {
      const keys = Object.keys(sv).filter((key) => key === `event.${kind}` || key.startsWith(`event.${kind}.`));
      expect(keys.length, kind).toBeGreaterThan(0);
    }
  });

  it('the server’s refusals name stages in the same words', () => {
    expect(stageName('in_review')).toBe(sv['stage.in_review']);
    expect(reasonName('duplicate')).toBe(sv['reason.duplicate']);
    expect(messages.stage.transition('new', 'approved')).toBe('En fråga kan inte gå direkt från steget ”Ny” till ”Godkänd”.');
    expect(messages.stage.transition('new', 'approved')).not.toMatch(/new|approved/);
  });
});
