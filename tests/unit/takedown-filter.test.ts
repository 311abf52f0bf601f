import { describe, expect, it } from 'vitest';
import { withoutTakenDown } from '../../site/server/takedown-filter';

const down = new Set(['borta']);

describe('the live release’s files while a question is taken down', () => {
  it('leave it out of the open data, JSON and CSV, keeping the rest as it was', () => {
    const json = JSON.stringify(
      { title: 't', questions: [{ url: 'https://k.se/fragor/borta', answer: 'a' }, { url: 'https://k.se/fragor/kvar', answer: 'b' }] },
      null,
      1,
    );
    expect(JSON.parse(withoutTakenDown('/oppna-data/fragor.json', json, down)).questions).toEqual([{ url: 'https://k.se/fragor/kvar', answer: 'b' }]);
    const csv = '"id","url","answer"\r\n"1","https://k.se/fragor/borta","två\r\nrader, och ""citat"""\r\n"2","https://k.se/fragor/kvar","b"\r\n';
    expect(withoutTakenDown('/oppna-data/fragor.csv', csv, down)).toBe('"id","url","answer"\r\n"2","https://k.se/fragor/kvar","b"\r\n');
  });

  it('leave it out of the feed, the sitemap and every list of questions', () => {
    const feed = `<feed>\n  <entry>\n    <title>B</title>\n    <link href="https://k.se/fragor/borta"/>\n  </entry>\n  <entry>\n    <link href="https://k.se/fragor/kvar"/>\n  </entry>\n</feed>\n`;
    expect(withoutTakenDown('/feed.xml', feed, down)).toBe(`<feed>\n  <entry>\n    <link href="https://k.se/fragor/kvar"/>\n  </entry>\n</feed>\n`);
    const sitemap = `<urlset>\n  <url><loc>https://k.se/fragor/borta</loc></url>\n  <url><loc>https://k.se/fragor/kvar</loc></url>\n</urlset>\n`;
    expect(withoutTakenDown('/sitemap.xml', sitemap, down)).toBe(`<urlset>\n  <url><loc>https://k.se/fragor/kvar</loc></url>\n</urlset>\n`);
    const list = `<ul class="cards"><li> <a href="/fragor/borta">Borta</a> <p class="meta">x</p> </li><li> <a href="/fragor/kvar">Kvar</a> </li></ul>`;
    expect(withoutTakenDown('/amne/ekonomi', list, down)).toBe(`<ul class="cards"><li> <a href="/fragor/kvar">Kvar</a> </li></ul>`);
    // A question whose slug only begins like the taken-down one stays.
    expect(withoutTakenDown('/', `<li><a href="/fragor/borta-inte">A</a></li>`, down)).toContain('borta-inte');
  });

  it('change nothing when no question is taken down', () => {
    expect(withoutTakenDown('/', '<li><a href="/fragor/borta">B</a></li>', new Set())).toContain('borta');
  });
});
