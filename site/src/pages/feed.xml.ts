import type { APIRoute } from 'astro';
import serviceConfig from '@frageladan/config';
import { questionPath } from '../lib/bank';
import { FEED_SIZE, knowledgeBank } from '../lib/cms';
import { plainText } from '../lib/markdown';
import { texts } from '../texts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom feed of the newest answers. */
export const GET: APIRoute = async ({ site }) => {
  const bank = await knowledgeBank();
  const base = site ?? new URL(serviceConfig.urls.site);
  const latest = bank.newest.slice(0, FEED_SIZE);
  const updated = latest[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = latest
    .map((q) => {
      const url = new URL(questionPath(q), base).href;
      return `  <entry>
    <title>${escape(q.title)}</title>
    <link href="${url}"/>
    <id>${url}</id>
    <published>${q.publishedAt}</published>
    <updated>${q.updatedAt}</updated>
    <summary>${escape(plainText(q.answer.body).slice(0, 400))}</summary>
  </entry>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <title>${escape(texts.openData.feedTitle)}</title>
  <link href="${new URL('/feed.xml', base).href}" rel="self"/>
  <link href="${base.href}"/>
  <id>${base.href}</id>
  <updated>${updated}</updated>
  <author><name>${escape(serviceConfig.service.signature)}</name></author>
${entries}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
