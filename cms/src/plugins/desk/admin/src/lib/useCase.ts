import { useCallback, useEffect, useState } from 'react';
import type { ActionRequest, CaseDraft, CaseResponse } from '../../../shared/contracts';
import { DeskError, useDeskApi } from '../api/client';

export function draftFrom(data: CaseResponse): CaseDraft {
  return {
    title: data.question.title,
    body: data.question.body,
    topicId: data.question.topicId,
    answer: data.answer?.body ?? '',
    templateId: data.answer?.templateId ?? null,
    piiClearances: data.question.piiClearances,
  };
}

/**
 * One case, its form and its actions. The form is the editor's: it is set from the server when the
 * case loads and after the server has stored it (save, send to review), and never otherwise, so a
 * refusal leaves every typed character where it was and shows the server's message instead.
 */
export function useCase(id: string) {
  const api = useDeskApi();
  const [data, setData] = useState<CaseResponse | null>(null);
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ action: ActionRequest['action']; message: string } | null>(null);
  const [done, setDone] = useState<ActionRequest['action'] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.load(id).then(
      (result) => {
        if (!live) return;
        setData(result);
        setDraft(draftFrom(result));
      },
      (e: DeskError) => live && setLoadError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, id]);

  const run = useCallback(
    async (request: ActionRequest): Promise<boolean> => {
      setBusy(true);
      setRefusal(null);
      setDone(null);
      try {
        const result = await api.act(id, request);
        setData(result);
        if (request.action === 'save' || request.action === 'submit') setDraft(draftFrom(result));
        setDone(request.action);
        return true;
      } catch (error) {
        setRefusal({ action: request.action, message: error instanceof DeskError ? error.message : String(error) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, id],
  );

  const dirty = Boolean(data && draft && JSON.stringify(draftFrom(data)) !== JSON.stringify(draft));
  return { data, draft, setDraft, loadError, refusal, done, busy, run, dirty };
}
