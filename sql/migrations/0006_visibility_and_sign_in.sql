-- Issue 9: who sees a patient, tightened.
-- "Under their care" (DESIGN.md §5) is an appointment that was not cancelled: a booking
-- made and cancelled (by mistake, or to reach a record) gives a doctor no access. This
-- stays the one definition of patient visibility; the list and search queries that
-- inline it for their plans are checked against it by an integration test.
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
      WHERE a.patient_id = p_patient_id AND d.user_id = p_user_id AND a.status <> 'cancelled')
    ELSE false
  END
$$;

-- Sign-in throttling (issue 9). A lock on the account alone let anyone lock anyone out,
-- admins included, and an unknown username was never locked (401 forever vs 429, which
-- told which usernames exist). Failures now count per (username as typed, lower-cased)
-- and client address, and per username across addresses; both exist whether or not the
-- username is a real account, so unknown and known names get the same answers. The
-- username-wide lock does not apply at the addresses where the account has signed in
-- (login_known_addresses): a user, an admin included, keeps signing in from a known place
-- while someone elsewhere guesses at the password.
CREATE TABLE login_throttle (
  scope             text NOT NULL CHECK (scope IN ('name_address', 'name')),
  key               text NOT NULL,  -- 'name address' or 'name'
  failures          integer NOT NULL,
  first_failure_at  timestamptz NOT NULL DEFAULT now(),
  locked_until      timestamptz,
  PRIMARY KEY (scope, key)
);

CREATE TABLE login_known_addresses (
  user_id          bigint NOT NULL REFERENCES users (id),
  address          text NOT NULL,
  last_success_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, address)
);

-- The account-only lock is gone; its columns stay (a reactivation still clears them) but
-- nothing sets them any more.
UPDATE users SET failed_logins = 0, locked_until = NULL;

-- Idempotency-Key on POST (issue 9): the first answer to a request, replayed to a client
-- that sends the same key again (it lost the answer to a timeout). status is NULL while
-- the first request runs. Kept 24 hours.
CREATE TABLE idempotency_keys (
  user_id       bigint NOT NULL REFERENCES users (id),
  key           text NOT NULL,
  fingerprint   text NOT NULL,  -- SHA-256 of method, path, query and body
  status        integer,
  content_type  text,
  body          text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
