-- SMS follow-up and reminders (issue 10, DESIGN.md §7): the templates, the outbox and its
-- history, the replies nobody could act on, and the phone numbers Twilio refused.

-- One Spanish template per kind, editable by admins. Placeholders in braces:
-- {nombre} {clinica} {telefono_clinica} {fecha} {hora} {medico} (modules/sms/sms_template.h).
-- Never clinical detail. The defaults avoid á í ó ú, which are not GSM-7: one would force
-- UCS-2 and halve the characters a segment holds (160 → 70).
CREATE TABLE sms_templates (
  kind        text PRIMARY KEY CHECK (kind IN (
                'follow_up', 'appointment_reminder',
                'reply_confirmed', 'reply_cancelled', 'reply_opted_out', 'reply_opted_in',
                'reply_help', 'reply_no_appointment')),
  body        text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 640),
  updated_by  bigint REFERENCES users (id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO sms_templates (kind, body) VALUES
  ('follow_up',
   'Hola {nombre}: es momento de su control en {clinica}. Responda este mensaje o llame al {telefono_clinica} para pedir su turno.'),
  ('appointment_reminder',
   'Hola {nombre}: le recordamos su turno el {fecha} a las {hora} con {medico} en {clinica}. Responda SI para confirmar o NO para cancelar.'),
  ('reply_confirmed',
   'Gracias {nombre}: su turno del {fecha} a las {hora} quedo confirmado.'),
  ('reply_cancelled',
   'Su turno del {fecha} a las {hora} fue cancelado. Para otro turno llame al {telefono_clinica}.'),
  ('reply_opted_out',
   'No recibira mas mensajes de {clinica}. Para volver a recibirlos responda ALTA.'),
  ('reply_opted_in',
   'Volvera a recibir mensajes de {clinica}. Para dejar de recibirlos responda BAJA.'),
  ('reply_help',
   'No entendimos su respuesta. Responda SI para confirmar, NO para cancelar, o llame al {telefono_clinica}.'),
  ('reply_no_appointment',
   'No encontramos un turno para confirmar o cancelar. Llame al {telefono_clinica}.');

-- The outbox. A due alert is written once: the unique keys below make the scheduler pass
-- idempotent, whoever runs it and however often.
CREATE TABLE sms_messages (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patient_id      bigint REFERENCES patients (id),
  clinic_id       bigint REFERENCES clinics (id),  -- whose time zone, inbox and secretaries
  appointment_id  bigint REFERENCES appointments (id),
  plan_id         bigint REFERENCES follow_up_plans (id),
  plan_due_on     date,                            -- the due date this follow-up alert is for
  kind            text NOT NULL CHECK (kind IN ('follow_up', 'appointment_reminder', 'reply')),
  "to"            text NOT NULL,                   -- E.164
  body            text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN (
                    'pending', 'sending', 'sent', 'delivered', 'undelivered', 'failed',
                    'expired', 'skipped', 'simulated')),
  provider_sid    text UNIQUE,
  error_code      integer,
  attempts        integer NOT NULL DEFAULT 0,
  due_at          timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,            -- backoff and quiet hours move this
  claimed_at      timestamptz,                     -- when a worker marked it sending
  sent_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sms_messages_plan_key UNIQUE (plan_id, plan_due_on),
  CONSTRAINT sms_messages_kind_shape CHECK (
    (kind = 'follow_up' AND plan_id IS NOT NULL AND plan_due_on IS NOT NULL) OR
    (kind = 'appointment_reminder' AND appointment_id IS NOT NULL) OR
    (kind = 'reply'))
);
-- One reminder per appointment (a reply may name the appointment it answered).
CREATE UNIQUE INDEX sms_messages_reminder_key ON sms_messages (appointment_id)
  WHERE kind = 'appointment_reminder';
-- The workers' claim: what may be sent now, oldest first.
CREATE INDEX sms_messages_ready_idx ON sms_messages (next_attempt_at) WHERE status = 'pending';
-- Rows a crash may have left mid-send.
CREATE INDEX sms_messages_sending_idx ON sms_messages (claimed_at) WHERE status = 'sending';
-- GET /sms?patient_id=, newest first; replies matched to the last reminder to a number.
CREATE INDEX sms_messages_patient_idx ON sms_messages (patient_id, id);
CREATE INDEX sms_messages_to_idx ON sms_messages ("to", id);

-- Every attempt and status change, in order (who sent what when, and what Twilio said).
CREATE TABLE sms_message_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id   bigint NOT NULL REFERENCES sms_messages (id),
  at           timestamptz NOT NULL DEFAULT now(),
  status       text NOT NULL,
  http_status  integer,
  error_code   integer,
  detail       text NOT NULL DEFAULT ''  -- never the body, never a secret
);
CREATE INDEX sms_message_events_message_idx ON sms_message_events (message_id, id);

-- Inbound messages nobody could act on: the clinic's secretaries read and close them.
CREATE TABLE sms_inbox (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  clinic_id     bigint REFERENCES clinics (id),
  patient_id    bigint REFERENCES patients (id),
  "from"        text NOT NULL,
  body          text NOT NULL,
  provider_sid  text UNIQUE,
  received_at   timestamptz NOT NULL DEFAULT now(),
  handled_by    bigint REFERENCES users (id),
  handled_at    timestamptz
);
CREATE INDEX sms_inbox_open_idx ON sms_inbox (clinic_id, id) WHERE handled_at IS NULL;

-- Phone numbers Twilio refused permanently ("fix this phone" for secretaries).
CREATE TABLE sms_phone_problems (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patient_id   bigint NOT NULL REFERENCES patients (id),
  phone        text NOT NULL,
  error_code   integer NOT NULL,
  message_id   bigint REFERENCES sms_messages (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  resolved_at  timestamptz
);
-- One open problem per patient and phone.
CREATE UNIQUE INDEX sms_phone_problems_open_key ON sms_phone_problems (patient_id, phone)
  WHERE resolved_at IS NULL;
