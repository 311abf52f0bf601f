import type { CaseEventDto, Person } from '../../../shared/contracts';
import { useT, word, type TextKey } from '../t';

/** One entry of the case record in the desk's words (never a code): the case's history and Logg both say it so. */

const EVENT_WORDS: Record<'received' | 'approval' | 'publication' | 'unpublication' | 'deletion', TextKey> = {
  received: 'event.received',
  approval: 'event.approval',
  publication: 'event.publication',
  unpublication: 'event.unpublication',
  deletion: 'event.deletion',
};

export function describeEvent(e: CaseEventDto, editors: Person[], t: ReturnType<typeof useT>): string {
  const who = (id: string | null) => editors.find((ed) => String(ed.id) === id)?.name ?? '–';
  switch (e.kind) {
    case 'stage':
      return e.to === 'rejected' && e.reason
        ? t('event.stage.rejected', { reason: word('reason', e.reason) })
        : t('event.stage', { from: word('stage', e.from ?? ''), to: word('stage', e.to ?? '') });
    case 'assignment':
      if (e.to && e.to === String(e.actorId)) return t('event.assignment.take');
      if (!e.to) return t('event.assignment.release');
      return t('event.assignment.move', { from: who(e.from), to: who(e.to) });
    case 'comment':
      return `${t('event.comment')}: ”${e.comment ?? ''}”`;
    default:
      return t(EVENT_WORDS[e.kind]);
  }
}

/** Who made an entry: the editor's name, or the citizen through the site, or the system. */
export function eventActor(e: CaseEventDto, t: ReturnType<typeof useT>): string {
  return e.actor ?? (e.actorKind === 'citizen' ? t('event.citizen') : t('event.system'));
}
