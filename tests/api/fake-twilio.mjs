// A fake Twilio on loopback for the SMS tests: a real node HTTP server speaking the
// part of the Messages API HealthPulse uses (DESIGN.md §7). It checks Basic auth,
// parses the form body, answers JSON with sids, and can be told to answer 429, 500, an
// error code, or hang (accept the message, never answer), per destination number. It
// lists messages (GET Messages.json?To=&DateSent>=) and sends signed status callbacks.
import http from 'node:http';
import crypto from 'node:crypto';

/** X-Twilio-Signature: base64(HMAC-SHA1(token, url + each param name+value sorted by name)). */
export function twilioSignature(authToken, url, params) {
  const data = url + Object.keys(params).sort().map((k) => k + params[k]).join('');
  return crypto.createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/**
 * Starts the fake. Returns {url, accountSid, authToken, posts, lists, messages,
 * answerFor(to, [behaviors]), reset(), sendStatusCallback(url, params), close()}.
 * A behavior is 'ok', 429, 500, {code: 21211} or 'hang'; each POST to `to` takes the
 * next one of its list, then 'ok'.
 */
export async function startFakeTwilio({ accountSid = 'ACfake0000000000000000000000000001', authToken = 'fake-token-0123456789' } = {}) {
  const posts = [];     // every POST to Messages.json that passed auth: {to, from, body, params, behavior}
  const lists = [];     // every GET of the list: {to, dateSentFrom}
  const messages = [];  // the messages "Twilio" accepted: {sid, to, from, body, status, date_created}
  const plans = new Map();
  const hung = new Set();
  let unauthorized = 0;
  const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');

  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const accept = (params) => {
    const m = {
      sid: 'SM' + crypto.randomBytes(16).toString('hex'),
      to: params.To, from: params.From ?? null, messaging_service_sid: params.MessagingServiceSid ?? null,
      body: params.Body, status: 'queued', date_created: new Date().toUTCString(),
      date_sent: new Date().toUTCString(), status_callback: params.StatusCallback ?? null,
    };
    messages.push(m);
    return m;
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      const url = new URL(req.url, 'http://fake');
      if (url.pathname !== path) return json(res, 404, { code: 20404, message: 'not found', status: 404 });
      if (req.headers.authorization !== expectedAuth) {
        unauthorized += 1;
        return json(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
      }
      if (req.method === 'GET') {
        const to = url.searchParams.get('To');
        const from = url.searchParams.get('DateSent>');
        lists.push({ to, dateSentFrom: from });
        const found = messages.filter((m) => !to || m.to === to);
        return json(res, 200, { messages: found, page: 0, page_size: 100 });
      }
      if (req.method !== 'POST') return json(res, 405, { code: 20004, message: 'method', status: 405 });
      if (!String(req.headers['content-type'] || '').startsWith('application/x-www-form-urlencoded')) {
        return json(res, 400, { code: 20001, message: 'form body expected', status: 400 });
      }
      const params = Object.fromEntries(new URLSearchParams(raw));
      const queue = plans.get(params.To) || [];
      const behavior = queue.length > 0 ? queue.shift() : 'ok';
      posts.push({ to: params.To, from: params.From, body: params.Body, params, behavior });
      if (!params.To || !params.Body || (!params.From && !params.MessagingServiceSid)) {
        return json(res, 400, { code: 21604, message: 'To, Body and From are required', status: 400 });
      }
      if (behavior === 'hang') {
        accept(params);  // Twilio took it; the answer never comes back
        hung.add(res);
        return undefined;
      }
      if (behavior === 429) return json(res, 429, { code: 20429, message: 'Too Many Requests', status: 429 });
      if (behavior === 500) return json(res, 500, { code: 20500, message: 'Internal Server Error', status: 500 });
      if (typeof behavior === 'object' && behavior.code) {
        return json(res, 400, { code: behavior.code, message: `error ${behavior.code}`, status: 400 });
      }
      const m = accept(params);
      return json(res, 201, { sid: m.sid, status: m.status, to: m.to, body: m.body, account_sid: accountSid });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    posts,
    lists,
    messages,
    unauthorized: () => unauthorized,
    answerFor(to, behaviors) { plans.set(to, [...behaviors]); },
    postsTo(to) { return posts.filter((p) => p.to === to); },
    /** POSTs a status callback to `url` signed with the auth token (or `signWith`). */
    async sendStatusCallback(url, params, { signWith = authToken } = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(signWith, url, params) },
        body: new URLSearchParams(params).toString(),
      });
      return { status: res.status, text: await res.text() };
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
