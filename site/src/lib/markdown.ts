// The one Markdown rendering, shared with the editors' desk preview (config/domain/markdown.ts).
export { plainText, renderMarkdown } from '@frageladan/config/domain/markdown';
