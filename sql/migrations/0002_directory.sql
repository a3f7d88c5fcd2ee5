-- The network directory: clinics, floors, rooms, nomenclators, practices, doctors,
-- staff clinic assignments and the patient registry.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes
-- it safe for generated columns and indexes.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$;

-- Lower-case, accent-free text for searching names.
CREATE FUNCTION search_key(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(immutable_unaccent($1))
$$;

CREATE TABLE clinics (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL,
  address     text NOT NULL DEFAULT '',
  phone       text,
  timezone    text NOT NULL DEFAULT 'America/Argentina/Buenos_Aires',
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX clinics_name_key ON clinics (lower(name));

-- Opening hours: at most one span per weekday (1 = Monday .. 7 = Sunday).
CREATE TABLE clinic_hours (
  clinic_id  bigint NOT NULL REFERENCES clinics (id),
  weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens      time NOT NULL,
  closes     time NOT NULL,
  PRIMARY KEY (clinic_id, weekday),
  CONSTRAINT clinic_hours_order CHECK (opens < closes)
);

CREATE TABLE floors (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  clinic_id  bigint NOT NULL REFERENCES clinics (id),
  number     integer NOT NULL,
  name       text NOT NULL DEFAULT '',
  CONSTRAINT floors_number_key UNIQUE (clinic_id, number)
);

CREATE TABLE rooms (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  floor_id   bigint NOT NULL REFERENCES floors (id),
  clinic_id  bigint NOT NULL REFERENCES clinics (id),
  code       text NOT NULL,
  name       text NOT NULL DEFAULT '',
  kind       text NOT NULL DEFAULT 'consulting' CHECK (kind IN ('consulting', 'procedure', 'other')),
  active     boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX rooms_code_key ON rooms (clinic_id, lower(code));
CREATE INDEX rooms_floor_idx ON rooms (floor_id);

CREATE TABLE nomenclators (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name     text NOT NULL,
  version  text NOT NULL DEFAULT '',
  CONSTRAINT nomenclators_name_version_key UNIQUE (name, version)
);

CREATE TABLE practices (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nomenclator_id    bigint NOT NULL REFERENCES nomenclators (id),
  code              text NOT NULL,
  name              text NOT NULL,
  specialty         text NOT NULL DEFAULT '',
  duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  active            boolean NOT NULL DEFAULT true,
  search_text       text GENERATED ALWAYS AS (search_key(code || ' ' || name)) STORED,
  CONSTRAINT practices_code_key UNIQUE (nomenclator_id, code)
);
CREATE INDEX practices_search_idx ON practices USING gin (search_text gin_trgm_ops);

-- Which clinics offer a practice.
CREATE TABLE practice_clinics (
  practice_id  bigint NOT NULL REFERENCES practices (id),
  clinic_id    bigint NOT NULL REFERENCES clinics (id),
  PRIMARY KEY (practice_id, clinic_id)
);
CREATE INDEX practice_clinics_clinic_idx ON practice_clinics (clinic_id);

-- The clinics a secretary or doctor works at.
CREATE TABLE user_clinics (
  user_id    bigint NOT NULL REFERENCES users (id),
  clinic_id  bigint NOT NULL REFERENCES clinics (id),
  PRIMARY KEY (user_id, clinic_id)
);
CREATE INDEX user_clinics_clinic_idx ON user_clinics (clinic_id);

CREATE TABLE doctors (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         bigint NOT NULL UNIQUE REFERENCES users (id),
  specialty       text NOT NULL DEFAULT '',
  license_number  text
);
CREATE UNIQUE INDEX doctors_license_key ON doctors (lower(license_number)) WHERE license_number IS NOT NULL;
CREATE INDEX doctors_specialty_idx ON doctors (search_key(specialty));

-- Weekly hours per clinic, minutes since midnight. A doctor is in one place at a time.
CREATE TABLE doctor_schedule_blocks (
  doctor_id    bigint NOT NULL REFERENCES doctors (id),
  clinic_id    bigint NOT NULL REFERENCES clinics (id),
  weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  from_minute  integer NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
  to_minute    integer NOT NULL CHECK (to_minute BETWEEN 1 AND 1440),
  CONSTRAINT doctor_schedule_blocks_order CHECK (from_minute < to_minute),
  CONSTRAINT doctor_schedule_no_overlap EXCLUDE USING gist (
    doctor_id WITH =, weekday WITH =, int4range(from_minute, to_minute) WITH &&)
);

CREATE TABLE patients (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  first_name             text NOT NULL,
  last_name              text NOT NULL,
  document_type          text NOT NULL DEFAULT 'DNI'
                         CHECK (document_type IN ('DNI', 'LC', 'LE', 'CI', 'PASAPORTE', 'OTRO')),
  document_number        text NOT NULL,
  birth_date             date,
  sex                    text CHECK (sex IN ('F', 'M', 'X')),
  phone                  text,  -- E.164
  email                  text,
  address                text,
  insurer                text,
  insurer_member_number  text,
  sms_consent            boolean NOT NULL DEFAULT false,
  user_id                bigint UNIQUE REFERENCES users (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  search_name            text GENERATED ALWAYS AS (search_key(first_name || ' ' || last_name)) STORED,
  CONSTRAINT patients_document_key UNIQUE (document_type, document_number)
);
CREATE INDEX patients_search_name_idx ON patients USING gin (search_name gin_trgm_ops);
-- Byte order ("C"): serves both the prefix LIKE and the document-ordered first page.
CREATE INDEX patients_document_number_idx ON patients ((document_number COLLATE "C"));

-- The clinics where a patient is registered: a secretary sees the patients of her clinics.
CREATE TABLE patient_clinics (
  patient_id  bigint NOT NULL REFERENCES patients (id),
  clinic_id   bigint NOT NULL REFERENCES clinics (id),
  PRIMARY KEY (patient_id, clinic_id)
);
CREATE INDEX patient_clinics_clinic_idx ON patient_clinics (clinic_id, patient_id);

-- Who may see a patient (DESIGN.md §5): admins all; a secretary the patients registered
-- at her clinics; a patient themself. Doctors see the patients under their care, which
-- the appointments migration defines by redefining this function.
CREATE FUNCTION patient_visible_to(p_patient_id bigint, p_role text, p_user_id bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE p_role
    WHEN 'admin' THEN true
    WHEN 'secretary' THEN EXISTS (
      SELECT 1 FROM patient_clinics pc JOIN user_clinics uc ON uc.clinic_id = pc.clinic_id
      WHERE pc.patient_id = p_patient_id AND uc.user_id = p_user_id)
    WHEN 'patient' THEN EXISTS (SELECT 1 FROM patients p WHERE p.id = p_patient_id AND p.user_id = p_user_id)
    ELSE false
  END
$$;
