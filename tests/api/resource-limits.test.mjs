// Few file descriptors (ulimit -n) and far more connections: the server must neither
// spin nor flood its log nor lose its database. It takes connections only up to what
// its descriptor limit leaves after a reserve (so clients never take the last ones),
// answers the rest 503 and closes them, logs that a few times a second at most (and
// accept errors, should they happen, back off), and once the clients go it answers as
// before. Runs a server of its own under a small limit, on the suite's database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { cpuSeconds, startServer } from './server-process.mjs';
import { sleep } from './helpers.mjs';

const FILE_LIMIT = 40;
const HELD = 120; // far more connections than descriptors
let server;
const sockets = [];

before(async () => {
  assert.ok(process.env.HEALTHPULSE_DATABASE_URL, 'HEALTHPULSE_DATABASE_URL names the suite database');
  server = await startServer({ HEALTHPULSE_DB_POOL_SIZE: '2' }, { fileLimit: FILE_LIMIT });
});

after(async () => {
  for (const s of sockets) s.destroy();
  if (server) await server.stop();
});

function connect(url) {
  return new Promise((resolve) => {
    const s = net.connect(Number(url.port), url.hostname);
    s.received = '';
    s.on('data', (chunk) => { s.received += chunk; });
    s.on('error', () => {});
    s.once('connect', () => resolve(s));
    s.once('close', () => resolve(s));
  });
}

test(`under ulimit -n ${FILE_LIMIT}, ${HELD} connections: the excess gets 503, no spinning, no log flood`, async () => {
  const url = new URL(server.base);
  assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
  for (let i = 0; i < HELD; i += 1) sockets.push(await connect(url));
  await sleep(1000); // let the server run out of descriptors and settle

  const before = cpuSeconds(server.pid);
  await sleep(2000);
  const used = cpuSeconds(server.pid) - before;
  const acceptLines = server.log().split('\n').filter((l) => /accept/i.test(l)).length;
  console.log(`CPU over 2 s idle with ${HELD} connections held: ${used.toFixed(2)} s; log lines about accept: ${acceptLines}`);
  assert.ok(used < 0.5, `the server used ${used.toFixed(2)} s of CPU in 2 s doing nothing`);
  assert.ok(acceptLines < 200, `${acceptLines} log lines about accept`);
  const refusals = server.log().split('\n').filter((l) => /refusing a connection/.test(l)).length;
  assert.ok(refusals > 0 && refusals < 50, `${refusals} log lines about refused connections`);
  assert.match(server.log(), /serving at most \d+ connections: the file descriptor limit is 40/);
  const busy = sockets.filter((s) => /^HTTP\/1\.1 503 /.test(s.received));
  assert.ok(busy.length > HELD / 2, `${busy.length} of ${HELD} connections were answered 503`);
  assert.match(busy[0].received, /application\/problem\+json/);
  assert.match(busy[0].received, /Retry-After: 1/i);
  assert.doesNotMatch(server.log(), /runtime error|Too many open files/, 'it never ran out of descriptors');

  // Free the descriptors: the server answers again, on the pool and off it.
  for (const s of sockets.splice(0)) s.destroy();
  let health = null;
  for (let i = 0; i < 50 && health !== 200; i += 1) {
    health = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(5000) })
      .then((r) => r.status, () => null);
    if (health !== 200) await sleep(100);
  }
  assert.equal(health, 200, 'healthz answers after the connections close');
  const ready = await fetch(`${server.base}/readyz`, { signal: AbortSignal.timeout(5000) });
  assert.equal(ready.status, 200, 'readyz answers (the database connections still work)');
  const page = await fetch(`${server.base}/api/v1/clinics`, { signal: AbortSignal.timeout(5000) });
  assert.equal(page.status, 401, 'a request through the workers is answered');
});
