import { dialledDigits } from '@frageladan/config/domain/referrals';

/**
 * Phone numbers as a citizen on a phone needs them: every number the service knows (config/ and the
 * referral bank) is a `tel:` link wherever it is shown, also inside an answer's or a page's text,
 * and never breaks across lines (the `.tel` class, site.css).
 */

/** `tel:` with the digits as dialled ("040-34 66 66" → tel:040346666, "+46 …" keeps its plus). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SEPARATOR = '[ \\u00a0\\-–]?';

/**
 * A pattern that finds the given numbers in running text however they are spaced ("040-34 66 66",
 * "040 346666"), the longest first, never inside a longer run of digits or a word.
 */
export function knownNumberPattern(numbers: readonly string[]): RegExp | null {
  const digits = [...new Set(numbers.map(dialledDigits).filter((d) => /^\d{3,}$/.test(d)))].sort((a, b) => b.length - a.length);
  if (digits.length === 0) return null;
  // Not part of a word, an address or an entity: "1177.se" and "&#39;" stay as they are.
  return new RegExp(`(?<![\\d\\p{L}+#./@])(?:${digits.map((d) => d.split('').join(SEPARATOR)).join('|')})(?![\\d\\p{L}@]|[./]\\p{L})`, 'gu');
}

/**
 * Links the known numbers in HTML that the site itself produced (sanitised Markdown, escaped
 * text): only in text between tags, and not inside a link that is already there.
 */
export function linkPhoneNumbers(html: string, numbers: readonly string[]): string {
  const pattern = knownNumberPattern(numbers);
  if (!pattern) return html;
  let insideLink = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) insideLink += 1;
        else if (/^<\/a\s*>/i.test(part)) insideLink = Math.max(0, insideLink - 1);
        return part;
      }
      if (insideLink > 0) return part;
      return part.replace(pattern, (found) => `<a class="tel" href="${telHref(found)}">${found}</a>`);
    })
    .join('');
}

/** Plain text with the known numbers linked, as HTML. */
export function textWithPhoneLinks(text: string, numbers: readonly string[]): string {
  return linkPhoneNumbers(escapeHtml(text), numbers);
}
