-- Appointments (turnos): conflict-free booking of doctor, room and patient, with the
-- full history of every turno.

CREATE TYPE appointment_status AS ENUM
  ('registered', 'confirmed', 'waiting', 'in_progress', 'finished', 'cancelled', 'no_show');

CREATE TABLE appointments (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patient_id   bigint NOT NULL REFERENCES patients (id),
  doctor_id    bigint NOT NULL REFERENCES doctors (id),
  room_id      bigint NOT NULL REFERENCES rooms (id),
  practice_id  bigint NOT NULL REFERENCES practices (id),
  clinic_id    bigint NOT NULL REFERENCES clinics (id),
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  status       appointment_status NOT NULL DEFAULT 'registered',
  reason       text,
  created_by   bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT appointments_time_order CHECK (starts_at < ends_at),
  -- No double booking, under any concurrency and across servers: a doctor, a room and a
  -- patient each hold at most one live appointment at any instant. Back-to-back slots
  -- touch but do not overlap ('[)').
  CONSTRAINT appointments_doctor_no_overlap EXCLUDE USING gist
    (doctor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status NOT IN ('cancelled', 'no_show')),
  CONSTRAINT appointments_room_no_overlap EXCLUDE USING gist
    (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status NOT IN ('cancelled', 'no_show')),
  CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist
    (patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status NOT IN ('cancelled', 'no_show'))
);
-- A doctor's day, a room's day, a patient's list, a clinic's day.
CREATE INDEX appointments_doctor_starts_idx ON appointments (doctor_id, starts_at);
CREATE INDEX appointments_room_starts_idx ON appointments (room_id, starts_at);
CREATE INDEX appointments_patient_starts_idx ON appointments (patient_id, starts_at);
CREATE INDEX appointments_clinic_starts_idx ON appointments (clinic_id, starts_at);

-- Every change of a turno: its creation, each status transition and each reschedule.
-- Waiting and consultation times are read from these rows.
CREATE TABLE appointment_events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  appointment_id  bigint NOT NULL REFERENCES appointments (id),
  occurred_at     timestamptz NOT NULL DEFAULT now(),
  actor_user_id   bigint REFERENCES users (id),
  kind            text NOT NULL CHECK (kind IN ('created', 'status', 'rescheduled')),
  from_status     appointment_status,
  to_status       appointment_status,
  reason          text,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX appointment_events_appointment_idx ON appointment_events (appointment_id, id);

-- A doctor sees the patients under their care: those they have an appointment with.
CREATE OR REPLACE FUNCTION patient_visible_to(p_patient_id bigint, p_role text, p_user_id bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE p_role
    WHEN 'admin' THEN true
    WHEN 'secretary' THEN EXISTS (
      SELECT 1 FROM patient_clinics pc JOIN user_clinics uc ON uc.clinic_id = pc.clinic_id
      WHERE pc.patient_id = p_patient_id AND uc.user_id = p_user_id)
    WHEN 'patient' THEN EXISTS (SELECT 1 FROM patients p WHERE p.id = p_patient_id AND p.user_id = p_user_id)
    WHEN 'doctor' THEN EXISTS (
      SELECT 1 FROM appointments a JOIN doctors d ON d.id = a.doctor_id
      WHERE a.patient_id = p_patient_id AND d.user_id = p_user_id)
    ELSE false
  END
$$;

-- Who sees an appointment (DESIGN.md §5): admins all; secretaries those at their
-- clinics; a doctor their own agenda; a patient their own turnos.
CREATE FUNCTION appointment_visible_to(p_clinic_id bigint, p_doctor_user_id bigint, p_patient_user_id bigint,
                                       p_role text, p_user_id bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE p_role
    WHEN 'admin' THEN true
    WHEN 'secretary' THEN EXISTS (SELECT 1 FROM user_clinics uc WHERE uc.user_id = p_user_id AND uc.clinic_id = p_clinic_id)
    WHEN 'doctor' THEN p_doctor_user_id = p_user_id
    WHEN 'patient' THEN p_patient_user_id IS NOT DISTINCT FROM p_user_id
    ELSE false
  END
$$;
