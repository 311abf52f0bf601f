import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Answers are Markdown written by editors. They pass through marked and then sanitize-html with a
 * short allow-list, so that whatever reaches the CMS (a pasted script, an onerror attribute, a
 * javascript: link) reaches a citizen's browser inert. The site renders every answer with this, and
 * the editors' desk previews an answer with the same function, so that the preview is the page.
 */
const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside an answer sit below the page's own h1/h2.
    h1: 'h3',
    h2: 'h3',
  },
};

// The site server renders a question's page on request, and a read page is often read again; the
// open data renders every answer once. Bounded, so that neither the open data of a national bank
// nor a desk open all day while an editor types keeps every text.
const rendered = new Map<string, string>();
const CACHE_LIMIT = 2_000;

export function renderMarkdown(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = sanitizeHtml(marked.parse(markdown, { async: false, gfm: true, breaks: false }), allowed);
    if (rendered.size >= CACHE_LIMIT) rendered.clear();
    rendered.set(markdown, html);
  }
  return html;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Plain text for feeds, previews and open data, from the already sanitised HTML. */
export function plainText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
}
