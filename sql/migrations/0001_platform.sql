-- Platform: users, sessions and the hash-chained audit log.

CREATE TYPE user_role AS ENUM ('admin', 'secretary', 'doctor', 'patient');

CREATE TABLE users (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username        text NOT NULL,
  password_hash   text NOT NULL,
  full_name       text NOT NULL,
  email           text,
  phone           text,
  role            user_role NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- Usernames are unique regardless of case.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE INDEX users_full_name_idx ON users (lower(full_name) text_pattern_ops);

-- Only the SHA-256 of a bearer token is stored: a leaked table grants no access.
CREATE TABLE sessions (
  token_hash    text PRIMARY KEY,
  user_id       bigint NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

-- RFC 3339 text for the API, always in UTC.
CREATE FUNCTION rfc3339(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- The audit log is append-only and hash-chained: each row stores the previous row's
-- hash and sha256(previous hash || its own canonical content). `healthpulse audit
-- verify` recomputes the chain and names the first row that does not match.
CREATE TABLE audit_events (
  id              bigint PRIMARY KEY,
  occurred_at     timestamptz NOT NULL DEFAULT now(),
  actor_user_id   bigint,
  actor_username  text,
  action          text NOT NULL,
  object_type     text,
  object_id       bigint,
  patient_id      bigint,
  emergency       boolean NOT NULL DEFAULT false,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash       bytea NOT NULL,
  hash            bytea NOT NULL
);
CREATE SEQUENCE audit_events_id_seq OWNED BY audit_events.id;
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id, id);
CREATE INDEX audit_events_patient_idx ON audit_events (patient_id, id) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);

-- The exact bytes hashed for a row. Changing this breaks every existing chain.
CREATE FUNCTION audit_canonical(e audit_events) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT convert_to(concat_ws('|',
    e.id::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_user_id::text, ''),
    coalesce(e.actor_username, ''),
    e.action,
    coalesce(e.object_type, ''),
    coalesce(e.object_id::text, ''),
    coalesce(e.patient_id::text, ''),
    e.emergency::text,
    e.details::text), 'UTF8')
$$;

CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  previous bytea;
BEGIN
  -- One writer at a time extends the chain; the lock is held until commit, so the next
  -- writer always sees this row as the previous one. Ids are taken inside the lock so
  -- id order is chain order.
  PERFORM pg_advisory_xact_lock(4242424242);
  SELECT hash INTO previous FROM audit_events ORDER BY id DESC LIMIT 1;
  NEW.id := nextval('audit_events_id_seq');
  NEW.occurred_at := date_trunc('microseconds', clock_timestamp());
  NEW.prev_hash := coalesce(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
  NEW.hash := sha256(NEW.prev_hash || audit_canonical(NEW));
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
