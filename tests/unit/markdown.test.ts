import { describe, expect, it } from 'vitest';
import { plainText, renderMarkdown } from '../../config/domain/markdown.ts';

describe('answers rendered from Markdown', () => {
  it('keeps the formatting editors use', () => {
    const html = renderMarkdown('Hej!\n\n- **Ring** [1177](https://www.1177.se)\n- *Skriv*\n\n## Rubrik');
    expect(html).toContain('<strong>Ring</strong>');
    expect(html).toContain('<a href="https://www.1177.se">1177</a>');
    expect(html).toContain('<em>Skriv</em>');
    expect(html).toContain('<h3>Rubrik</h3>');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload=alert(1)>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  ])('renders %s inert', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|onerror|onload|onclick|javascript:|data:text|style=/i);
  });

  it('gives plain text for feeds and open data', () => {
    expect(plainText('**Hej** och <b>välkommen</b> [hit](https://x.se)')).toBe('Hej och välkommen hit');
  });
});
