import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CMS_DIR, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, type AdminClient } from '../helpers/http';

/**
 * The two ways into the CMS that went around the workflow: the Media Library (an editor's upload
 * served from the CMS's own origin, opened by an admin) and Strapi's default API tokens.
 */

let cms: TestCms;
let editor: AdminClient;
let admin: AdminClient;
const uploaded: string[] = [];

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const HTML = '<!doctype html><script src="/uploads/steal.js"></script><p>hej</p>';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/admin/api-tokens")</script></svg>';

async function upload(client: AdminClient, name: string, type: string, body: Buffer | string) {
  const form = new FormData();
  form.append('files', new Blob([typeof body === 'string' ? body : new Uint8Array(body)], { type }), name);
  form.append('fileInfo', JSON.stringify({ name }));
  const token = client.token;
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const json = (await response.json().catch(() => null)) as any;
  if (response.status === 201 && Array.isArray(json)) uploaded.push(...json.map((f: { url: string }) => f.url));
  return { status: response.status, body: json };
}

beforeAll(async () => {
  cms = await startCms();
  editor = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  admin = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  for (const url of uploaded) fs.rmSync(path.join(CMS_DIR, 'public', url), { force: true });
  await cms?.stop();
});

describe('API tokens', () => {
  it('are only the site\'s two, on a fresh database and after someone adds one', async () => {
    const names = async () => {
      const res = await admin.send('GET', '/admin/api-tokens');
      expect(res.status).toBe(200);
      return (res.body.data as Array<{ name: string }>).map((t) => t.name).sort();
    };
    const site = ['Webbplatsen – läsa publicerat', 'Webbplatsen – ta emot frågor'];
    expect(await names()).toEqual(site);
    const rows = await cms.strapi.db.query('admin::api-token').findMany({ select: ['name'] });
    expect(rows.map((r: { name: string }) => r.name).sort()).toEqual(site);

    const created = await admin.send('POST', '/admin/api-tokens', { name: 'Full Access', type: 'full-access', lifespan: null, kind: 'content-api' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await names()).toContain('Full Access');
    cms = await cms.restart();
    admin = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
    editor = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
    expect(await names()).toEqual(site);
  });
});

describe('the Media Library', () => {
  it('is closed to editors', async () => {
    const res = await upload(editor, 'bild.png', 'image/png', PNG);
    expect(res.status).toBe(403);
    const permissions = await editor.send('GET', '/admin/users/me/permissions');
    const actions = (permissions.body.data as Array<{ action: string }>).map((p) => p.action);
    expect(actions.filter((a) => a.startsWith('plugin::upload.'))).toEqual([]);
  });

  it('takes only images, judged by their bytes, from anyone', async () => {
    for (const [name, type, body] of [
      ['sida.html', 'text/html', HTML],
      ['steal.js', 'text/javascript', 'fetch("/admin/api-tokens")'],
      ['bild.png', 'image/png', HTML],
      ['bild.jpg', 'image/jpeg', HTML],
      ['ikon.svg', 'image/svg+xml', SVG],
    ] as const) {
      const res = await upload(admin, name, type, body);
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.error.message, name).toMatch(/bara bilder/);
    }
    const ok = await upload(admin, 'pixel.png', 'image/png', PNG);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('serves /uploads sandboxed, unsniffed, and nothing but images', async () => {
    const image = uploaded.find((u) => u.endsWith('.png'))!;
    const res = await fetch(`${cms.url}${image}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');

    // A file that got into the folder some other way (an older version, a restored backup).
    const planted = path.join(CMS_DIR, 'public', 'uploads', `planted-${process.pid}.html`);
    fs.writeFileSync(planted, HTML);
    try {
      const html = await fetch(`${cms.url}/uploads/${path.basename(planted)}`);
      expect(html.status).toBe(404);
      expect(await html.text()).not.toContain('<script');
      expect(html.headers.get('content-security-policy')).toMatch(/^sandbox/);
    } finally {
      fs.rmSync(planted, { force: true });
    }
  });
});
