-- Clinical records (DESIGN.md §6): the CIE-10 catalog, append-only record entries with
-- amendments, and doctors' emergency access to records outside their care.

-- The CIE-10 (ICD-10 in Spanish) catalog. `healthpulse migrate` loads it by COPY from the
-- CSV compiled into the binary when this table is empty, so every database has it.
-- Codes are stored without the dot ("E119"); the API shows "E11.9". Chapters and blocks
-- are ranges ("E10-E14") and cannot be a diagnosis.
CREATE TABLE icd10_codes (
  code         text PRIMARY KEY,
  description  text NOT NULL,
  level        smallint NOT NULL CHECK (level BETWEEN 0 AND 9),
  parent_code  text REFERENCES icd10_codes (code) DEFERRABLE INITIALLY DEFERRED,
  selectable   boolean GENERATED ALWAYS AS (position('-' IN code) = 0) STORED,
  search_text  text GENERATED ALWAYS AS (search_key(description)) STORED
);
-- Code prefixes in byte order ("E11" → E11, E110 .. E119).
CREATE INDEX icd10_codes_code_idx ON icd10_codes ((code COLLATE "C")) WHERE selectable;
-- Words anywhere in the accent- and case-free title.
CREATE INDEX icd10_codes_search_idx ON icd10_codes USING gin (search_text gin_trgm_ops) WHERE selectable;

-- One row per version of an entry: nothing clinical is ever updated in place or deleted.
-- A correction (amendment) is a new row of the same kind and patient whose `amends_id`
-- names the version it corrects; every version of an entry shares `original_id` (the
-- first version's id). At most one amendment per version, so each entry's versions form
-- a single chain whose newest row is the current version.
CREATE TABLE record_entries (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patient_id        bigint NOT NULL REFERENCES patients (id),
  kind              text NOT NULL CHECK (kind IN ('diagnosis', 'treatment', 'note', 'allergy')),
  original_id       bigint NOT NULL REFERENCES record_entries (id),
  amends_id         bigint REFERENCES record_entries (id),
  amendment_reason  text,
  author_user_id    bigint NOT NULL REFERENCES users (id),
  doctor_id         bigint REFERENCES doctors (id),
  clinic_id         bigint NOT NULL REFERENCES clinics (id),
  appointment_id    bigint REFERENCES appointments (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  -- diagnosis
  code              text REFERENCES icd10_codes (code),
  chronic           boolean,
  status            text CHECK (status IN ('active', 'resolved')),
  -- diagnosis (optional free text) and note
  text              text,
  -- treatment
  description       text,
  dose              text,
  frequency         text,
  start_date        date,
  end_date          date,
  diagnosis_id      bigint REFERENCES record_entries (id),
  follow_up_days    integer CHECK (follow_up_days BETWEEN 1 AND 365),
  -- note
  private           boolean,
  -- allergy
  substance         text,
  reaction          text,
  severity          text CHECK (severity IN ('mild', 'moderate', 'severe', 'unknown')),
  CONSTRAINT record_entries_amendment_reason CHECK ((amends_id IS NULL) = (amendment_reason IS NULL)),
  CONSTRAINT record_entries_treatment_dates CHECK (end_date IS NULL OR end_date >= start_date),
  CONSTRAINT record_entries_fields_of_kind CHECK (CASE kind
    WHEN 'diagnosis' THEN code IS NOT NULL AND chronic IS NOT NULL AND status IS NOT NULL
    WHEN 'treatment' THEN description IS NOT NULL AND start_date IS NOT NULL
    WHEN 'note' THEN text IS NOT NULL AND private IS NOT NULL
    WHEN 'allergy' THEN substance IS NOT NULL AND severity IS NOT NULL
  END)
);
-- The timeline: a patient's entries, newest entry first and each entry's versions
-- together, current version first. Keyset pagination walks this index.
CREATE INDEX record_entries_timeline_idx ON record_entries (patient_id, original_id DESC, id DESC);
-- The current lists (problems, treatments, allergies): one kind of a patient's entries
-- without reading the other kinds' rows.
CREATE INDEX record_entries_kind_idx ON record_entries (patient_id, kind, id);
-- The versions of one entry.
CREATE INDEX record_entries_original_idx ON record_entries (original_id, id);
-- One amendment per version: two doctors correcting the same version at once cannot
-- fork the chain (the second gets a 409 and amends the new current version).
CREATE UNIQUE INDEX record_entries_amends_key ON record_entries (amends_id) WHERE amends_id IS NOT NULL;

-- Links a new row into its chain: an original is its own original; an amendment joins
-- the chain of the version it corrects, which must be of the same patient and kind.
CREATE FUNCTION record_entries_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  amended record_entries;
BEGIN
  IF NEW.amends_id IS NULL THEN
    NEW.original_id := NEW.id;
  ELSE
    SELECT * INTO amended FROM record_entries WHERE id = NEW.amends_id;
    IF NOT FOUND OR amended.patient_id <> NEW.patient_id OR amended.kind <> NEW.kind THEN
      RAISE EXCEPTION 'new row violates check constraint "record_entries_amendment_match"'
        USING ERRCODE = 'check_violation';
    END IF;
    NEW.original_id := amended.original_id;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER record_entries_link BEFORE INSERT ON record_entries
  FOR EACH ROW EXECUTE FUNCTION record_entries_link();

-- Refuses UPDATE, DELETE and TRUNCATE on an append-only table, whoever runs them.
CREATE FUNCTION refuse_change_of_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER record_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON record_entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- A doctor opening a record outside their care, with a reason. Access lasts until
-- `expires_at`; every read and write meanwhile is flagged `emergency` in the audit log.
-- Append-only too: the admins' report must show every one.
CREATE TABLE emergency_accesses (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patient_id  bigint NOT NULL REFERENCES patients (id),
  user_id     bigint NOT NULL REFERENCES users (id),
  doctor_id   bigint NOT NULL REFERENCES doctors (id),
  reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  granted_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  CONSTRAINT emergency_accesses_order CHECK (granted_at < expires_at)
);
CREATE INDEX emergency_accesses_patient_user_idx ON emergency_accesses (patient_id, user_id, expires_at DESC);
CREATE INDEX emergency_accesses_granted_idx ON emergency_accesses (granted_at DESC, id DESC);

CREATE TRIGGER emergency_accesses_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON emergency_accesses
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- Entries as the API shows them: with the author's and clinic's names, the code's title,
-- and the version that corrects each one (if any). Every entry query reads through it,
-- so they all return the same columns.
CREATE VIEW record_entry_details AS
SELECT e.id, e.patient_id, e.kind, e.original_id, e.amends_id, e.amendment_reason,
       (SELECT s.id FROM record_entries s WHERE s.amends_id = e.id) AS superseded_by,
       e.author_user_id, u.full_name AS author_name, e.doctor_id, e.clinic_id, c.name AS clinic_name,
       e.appointment_id, rfc3339(e.created_at) AS created_at,
       e.code, i.description AS code_description, e.chronic, e.status, e.text,
       e.description, e.dose, e.frequency, to_char(e.start_date, 'YYYY-MM-DD') AS start_date,
       to_char(e.end_date, 'YYYY-MM-DD') AS end_date, e.diagnosis_id, e.follow_up_days,
       e.private, e.substance, e.reaction, e.severity
FROM record_entries e
JOIN users u ON u.id = e.author_user_id
JOIN clinics c ON c.id = e.clinic_id
LEFT JOIN icd10_codes i ON i.code = e.code;
