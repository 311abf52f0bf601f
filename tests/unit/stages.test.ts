import { describe, expect, it } from 'vitest';
import { canMoveManually, canPublish, isRejectionReason, isStage, stageAfterEdit, STAGES } from '../../config/domain/stages';

describe('the stage machine', () => {
  it('follows the editorial path forward', () => {
    expect(canMoveManually('new', 'in_progress')).toBe(true);
    expect(canMoveManually('in_progress', 'in_review')).toBe(true);
    expect(canMoveManually('in_review', 'approved')).toBe(true);
  });

  it('never skips review on the way to approved', () => {
    for (const from of ['new', 'in_progress', 'rejected'] as const) expect(canMoveManually(from, 'approved')).toBe(false);
  });

  it('reaches published only by publishing, never by setting the stage', () => {
    for (const from of STAGES) {
      if (from !== 'published') expect(canMoveManually(from, 'published')).toBe(false);
    }
    expect(canPublish('approved')).toBe(true);
    expect(canPublish('published')).toBe(true);
    for (const stage of ['new', 'in_progress', 'in_review', 'rejected'] as const) expect(canPublish(stage)).toBe(false);
  });

  it('lets any open question be rejected, and a rejection be undone', () => {
    for (const from of ['new', 'in_progress', 'in_review', 'approved'] as const) expect(canMoveManually(from, 'rejected')).toBe(true);
    expect(canMoveManually('rejected', 'in_progress')).toBe(true);
  });

  it('sends approved and published content back to review when edited', () => {
    expect(stageAfterEdit('approved')).toBe('in_review');
    expect(stageAfterEdit('published')).toBe('in_review');
    expect(stageAfterEdit('in_progress')).toBe('in_progress');
    expect(stageAfterEdit('new')).toBe('new');
  });

  it('knows its stages and rejection reasons', () => {
    expect(isStage('in_review')).toBe(true);
    expect(isStage('published ')).toBe(false);
    expect(isRejectionReason('debate')).toBe(true);
    expect(isRejectionReason('boring')).toBe(false);
  });
});
