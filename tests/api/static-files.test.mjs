// The web app's files and nothing else: no request target, however encoded, reads a file
// outside the built app (the server runs as root in some deployments).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { BASE_URL } from './helpers.mjs';

/** GET with the request target sent exactly as given (no URL normalisation). */
function getRaw(target) {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: 'GET', path: target }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const escapes = [
  '//etc/passwd', '/%2Fetc/passwd', '/%2fetc%2fpasswd', '///etc/passwd', '/%2F%2Fetc/passwd',
  '/../../../../etc/passwd', '/..%2F..%2F..%2F..%2Fetc%2Fpasswd', '/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
  '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/assets/../../../../etc/passwd',
  '/assets/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd', '/assets//etc/passwd', '/assets/%2Fetc%2Fpasswd',
  '/..\\..\\..\\..\\etc\\passwd', '/%5C..%5C..%5C..%5Cetc%5Cpasswd', '/%252E%252E/%252E%252E/etc/passwd',
  '/./../../../../etc/passwd', '/etc/passwd%00.html', '/%00/etc/passwd',
  '//proc/self/environ', '/%2Fproc%2Fself%2Fenviron', '/../../../../proc/self/environ', '//proc/self/cmdline',
  '//proc/self/cwd/README.md', '/%2Fproc/self/root/etc/passwd',
];

describe('static files', () => {
  test('the app and its assets are served', async () => {
    const page = await getRaw('/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<div id="root">/);
    const asset = page.body.match(/\/assets\/[^"]+\.js/);
    assert.ok(asset, 'index.html links a script under /assets/');
    const js = await getRaw(asset[0]);
    assert.equal(js.status, 200);
    assert.match(js.headers['cache-control'], /immutable/);
  });

  test('no encoding of a path escape reads a file outside the app', async () => {
    for (const target of escapes) {
      const res = await getRaw(target);
      assert.ok(res.status === 404 || res.status === 400 || (res.status === 200 && /<div id="root">/.test(res.body)),
        `${target} → ${res.status}`);
      assert.doesNotMatch(res.body, /root:x?:0:0|HEALTHPULSE_|PATH=|healthpulse serve/, target);
    }
  });

  test('a missing asset is 404, not the page', async () => {
    const res = await getRaw('/assets/no-such-file.js');
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], 'application/problem+json');
  });
});
