// The web app's files and nothing else: no request target, however encoded, reads a file
// outside the built app (the server runs as root in some deployments).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { BASE_URL } from './helpers.mjs';

/** GET with the request target sent exactly as given (no URL normalisation). */
function getRaw(target, headers = {}) {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: 'GET', path: target, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, bytes, body: bytes.toString('latin1') });
      });
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

  test('assets and the page arrive precompressed in the coding the client accepts', async () => {
    const page = await getRaw('/');
    const asset = page.body.match(/\/assets\/[^"]+\.js/)[0];
    const plain = await getRaw(asset);
    assert.equal(plain.headers['content-encoding'], undefined, 'no Accept-Encoding, no coding');
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    const br = await getRaw(asset, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(br.headers['content-type'], /^text\/javascript/);
    assert.ok(br.bytes.length < plain.bytes.length / 2, `${br.bytes.length} of ${plain.bytes.length} bytes`);
    assert.ok(zlib.brotliDecompressSync(br.bytes).equals(plain.bytes), 'decodes to the same script');
    const gz = await getRaw(asset, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(zlib.gunzipSync(gz.bytes).equals(plain.bytes));
    const refused = await getRaw(asset, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    const index = await getRaw('/patients/1', { 'Accept-Encoding': 'br' });
    assert.equal(index.headers['content-encoding'], 'br');
    assert.equal(index.headers['cache-control'], 'no-cache', 'the page is revalidated, so a new build is seen');
    assert.match(zlib.brotliDecompressSync(index.bytes).toString(), /<div id="root">/);
  });

  test('a missing asset is 404, not the page', async () => {
    const res = await getRaw('/assets/no-such-file.js');
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], 'application/problem+json');
  });
});
