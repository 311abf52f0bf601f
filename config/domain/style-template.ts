/**
 * The service's shared voice: an answer opens with the opening of one of the style templates and
 * closes with the closing of one ("stilistisk lathund"), white space aside. The workflow refuses an
 * approval otherwise (cms/src/workflow/four-eyes.ts); the desk shows the same check while the
 * editor writes.
 */
export interface StyleTemplateText {
  opening?: string | null;
  closing?: string | null;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export function followsTemplates(body: string, templates: readonly StyleTemplateText[]): boolean {
  if (templates.length === 0) return true;
  const text = normalise(body);
  const opens = templates.some((t) => text.startsWith(normalise(t.opening ?? '')));
  const closes = templates.some((t) => text.endsWith(normalise(t.closing ?? '')));
  return opens && closes;
}
