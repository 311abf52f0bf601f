import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../site/server/security-headers';

const nginx = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/deploy/nginx.conf'), 'utf8');

describe('the nginx example in docs/deploy', () => {
  it("sends the site's own Content-Security-Policy and security headers, word for word", () => {
    expect(nginx).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('redirects to HTTPS, sends HSTS, keeps no access log and keeps the rebuild hook off the internet', () => {
    expect(nginx).toMatch(/return 301 https:\/\//);
    expect(nginx).toMatch(/add_header Strict-Transport-Security "max-age=\d+; includeSubDomains" always;/);
    expect(nginx).toMatch(/^\s*access_log off;/m);
    expect(nginx).toMatch(/location = \/api\/rebuild \{\s*return 404;/);
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
  });
});
