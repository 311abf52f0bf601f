import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Answers are Markdown written by editors. They pass through marked and then sanitize-html with a
 * short allow-list, so that whatever reaches the CMS (a pasted script, an onerror attribute, a
 * javascript: link) reaches a citizen's browser inert.
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

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, allowed);
}

/** Plain text for feeds, previews and open data. */
export function plainText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
