// The secretary's "Bandeja SMS", in a real browser against the real server: a patient of
// her clinic answers an SMS with something no keyword matches (a signed Twilio webhook,
// as Twilio would post it); the reply is in her inbox with a link to the patient, and
// "Marcar atendida" moves it to the handled ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, baseUrl, fileBrowser, screenshot } from './browser.mjs';
import { formBody, twilioSignature } from '../api/twilio-signature.mjs';

const browser = fileBrowser();
const { signedIn } = browser;
const suffix = Date.now() % 10_000_000;

test('the secretary sees an SMS reply in "Bandeja SMS" and marks it handled', async () => {
  const secretaria = await signedIn('secretaria');
  const phone = `+549116${String(suffix).padStart(7, '0')}`;
  // 60-70 million: clear of the seed's DNIs and of the other browser tests'.
  const created = await apiIn(secretaria, 'POST', '/api/v1/patients', {
    first_name: 'Marta', last_name: `Bandeja${suffix}`, document_number: String(60_000_000 + suffix),
    birth_date: '1961-07-08', phone, sms_consent: true,
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const text = `Voy a llegar 10 minutos tarde ${suffix}`;
  const target = '/api/v1/webhooks/twilio/inbound';
  const params = [['MessageSid', `SMbrowser${suffix}`], ['From', phone], ['To', '+15005550006'], ['Body', text]];
  const res = await fetch(baseUrl + target, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(target, params) },
    body: formBody(params),
  });
  assert.equal(res.status, 200, await res.text());

  await secretaria.getByRole('link', { name: 'Bandeja SMS' }).click();
  await secretaria.getByRole('heading', { name: 'Bandeja SMS' }).waitFor();
  const inbox = secretaria.getByRole('table', { name: 'Respuestas SMS sin atender' });
  const row = inbox.getByRole('row').filter({ hasText: text });
  await row.waitFor();
  await row.getByRole('link', { name: `Marta Bandeja${suffix}` }).waitFor();
  await row.getByText(phone).waitFor();
  await screenshot(secretaria, 'sms-inbox');
  await browser.a11y(secretaria);
  await row.getByRole('button', { name: 'Marcar atendida' }).click();
  await row.waitFor({ state: 'detached' });

  await secretaria.getByText('Atendidas').click();
  const handled = inbox.getByRole('row').filter({ hasText: text });
  await handled.getByText(/^Atendida el /).waitFor();
  assert.equal(await handled.getByRole('button', { name: 'Marcar atendida' }).count(), 0);

  // The patient link opens the patient's page.
  await handled.getByRole('link', { name: `Marta Bandeja${suffix}` }).click();
  await secretaria.waitForURL(`**/patients/${created.json.id}`);
});
