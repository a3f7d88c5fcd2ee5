// Every screen of every role's navigation, once, with the axe check (issue 12: no critical or
// serious violation on any screen of any role). The other files check the screens their
// flows pass through; this one walks what each demo user's menu offers, so a screen no flow
// visits is checked too. Each screen must show its heading, not "No encontrado".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileBrowser } from './browser.mjs';

const browser = fileBrowser();

// The demo users of `healthpulse seed`, one per role, and how many screens each menu has at
// least (web/src/lib/navigation.ts lists them: a shorter menu means screens went missing).
const kRoles = [
  { username: 'admin', atLeast: 16 },
  { username: 'secretaria', atLeast: 11 },
  { username: 'medico', atLeast: 7 },
  { username: 'paciente', atLeast: 6 },
];

// The app's navigation links (the desktop sidebar), as paths, in menu order.
async function menuPaths(page) {
  const hrefs = await page.getByRole('navigation').first().getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return [...new Set(hrefs.filter((h) => h?.startsWith('/')))];
}

for (const { username, atLeast } of kRoles) {
  test(`every screen in ${username}'s menu shows and passes the axe check`, async () => {
    const page = await browser.signedIn(username);
    const paths = await menuPaths(page);
    assert.ok(paths.length >= atLeast, `${username}'s menu: ${paths.join(' ')}`);
    for (const path of paths) {
      await page.goto(path);
      const main = page.getByRole('main');
      await main.getByRole('heading').first().waitFor();
      assert.equal(await main.getByText('No encontrado').count(), 0, `${path} is a screen of ${username}'s`);
      // What a screen loads first is a loading state; the check is of the screen itself.
      await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"], main .mantine-Loader-root'), null, { timeout: 15000 });
      await browser.a11y(page);
    }
    await page.context().close();
  });
}
