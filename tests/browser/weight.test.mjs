// What the sign-in page costs on the wire (issue 12): its JavaScript arrives precompressed
// (brotli) and split, at most 200 KB, and none of it belongs to screens not yet visited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileBrowser } from './browser.mjs';

const browser = fileBrowser();
const kSignInJsBudget = 200 * 1024;

test('the sign-in page loads at most 200 KB of JavaScript, compressed, and no other screen', async () => {
  const page = await browser.newPage();
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script') return;
    const response = await request.response();
    const sizes = await request.sizes();
    scripts.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize, encoding: (await response.allHeaders())['content-encoding'] ?? '' });
  });
  await page.goto('/login');
  await page.getByRole('button', { name: 'Ingresar' }).waitFor();
  await page.waitForLoadState('networkidle');
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`sign-in JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KB on the wire`);
  assert.ok(scripts.length > 0, 'the page loads scripts');
  assert.ok(total <= kSignInJsBudget, `${(total / 1024).toFixed(1)} KB > 200 KB: ${JSON.stringify(scripts)}`);
  // The build compresses every script of 512 bytes or more (web/scripts/precompress.mjs).
  for (const s of scripts) assert.ok(s.encoding === 'br' || s.bytes < 512, `${s.url} (${s.bytes} B) arrives brotli-compressed`);
  const screens = scripts.map((s) => s.url).filter((u) => /\/assets\/(agenda|patient-chart|practices|clinic-detail|audit|my-appointments)-/.test(u));
  assert.deepEqual(screens, [], 'no other screen\'s code on the sign-in page');
  await page.context().close();
});
