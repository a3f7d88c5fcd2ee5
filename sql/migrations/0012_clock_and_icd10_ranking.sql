-- Issue 12: the clock a turno's states follow, and what the CIE-10 search ranks by.

-- A turno's local day minus today's local day, both in the clinic's time zone `tz`, with
-- `at` as now: 0 on the turno's day, negative once it has gone by, positive ahead. The
-- facts RefuseTransition (status.cpp) decides on; `at` is a parameter so tests can fix
-- the clock.
CREATE FUNCTION turno_days_from_today(p_starts_at timestamptz, p_tz text, p_at timestamptz) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT (p_starts_at AT TIME ZONE p_tz)::date - (p_at AT TIME ZONE p_tz)::date
$$;

-- The title's words, space-separated and padded (" diabetes mellitus ... "), so "starts a
-- word" is a LIKE '% w%' rather than a regular expression per row (a 25x cheaper ranking).
ALTER TABLE icd10_codes ADD COLUMN search_words text
  GENERATED ALWAYS AS (' ' || regexp_replace(search_key(description), '[^[:alnum:]]+', ' ', 'g') || ' ') STORED;
-- Word starts of one or two letters ("di" as a doctor types "diabetes"): '% di%' has the
-- trigrams of a word's start, which the title's anywhere-index cannot look up.
CREATE INDEX icd10_codes_words_idx ON icd10_codes USING gin (search_words gin_trgm_ops) WHERE selectable;

-- How often the network records each code as a diagnosis (first versions only, so an
-- amendment does not count twice); a subcategory also counts for its category (E11.9 for
-- E11), so the category a doctor means ranks with its most used child. Kept current by
-- a statement trigger (one upsert per code per statement, so the seed's COPY pays once).
CREATE TABLE icd10_usage (
  code  text PRIMARY KEY REFERENCES icd10_codes (code),
  uses  bigint NOT NULL CHECK (uses >= 0)
);

CREATE FUNCTION icd10_usage_on_diagnoses() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO icd10_usage (code, uses)
  SELECT k.code, count(*)
  FROM new_rows n
  CROSS JOIN LATERAL (SELECT n.code UNION SELECT left(n.code, 3) WHERE length(n.code) > 3) k(code)
  WHERE n.kind = 'diagnosis' AND n.amends_id IS NULL AND n.code IS NOT NULL
    AND EXISTS (SELECT 1 FROM icd10_codes c WHERE c.code = k.code)
  GROUP BY k.code
  ORDER BY k.code  -- one lock order for concurrent writers
  ON CONFLICT (code) DO UPDATE SET uses = icd10_usage.uses + excluded.uses;
  RETURN NULL;
END $$;

CREATE TRIGGER record_entries_icd10_usage AFTER INSERT ON record_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icd10_usage_on_diagnoses();

INSERT INTO icd10_usage (code, uses)
SELECT k.code, count(*)
FROM record_entries n
CROSS JOIN LATERAL (SELECT n.code UNION SELECT left(n.code, 3) WHERE length(n.code) > 3) k(code)
WHERE n.kind = 'diagnosis' AND n.amends_id IS NULL AND n.code IS NOT NULL
  AND EXISTS (SELECT 1 FROM icd10_codes c WHERE c.code = k.code)
GROUP BY k.code;

-- What doctors type for what they mean, in search_key form (accent- and case-free):
-- a term matches when the query is a prefix of it (so it answers while typing). `rank`
-- orders the codes of one term. Codes are joined to the catalog when searched (it is
-- loaded after the migrations, and editions differ), so a code it lacks is never offered.
CREATE TABLE icd10_synonyms (
  term  text NOT NULL CHECK (term = lower(term)),
  code  text NOT NULL,
  rank  smallint NOT NULL DEFAULT 1,
  PRIMARY KEY (term, code)
);
CREATE INDEX icd10_synonyms_term_idx ON icd10_synonyms (term text_pattern_ops);

INSERT INTO icd10_synonyms (term, code, rank) VALUES
  ('hta', 'I10', 1), ('hipertension', 'I10', 1), ('presion alta', 'I10', 1), ('tension alta', 'I10', 1),
  ('diabetes', 'E11', 1), ('diabetes', 'E119', 2), ('dbt', 'E11', 1), ('dbt', 'E119', 2), ('dm2', 'E11', 1),
  ('diabetes tipo 2', 'E11', 1), ('diabetes tipo 1', 'E10', 1), ('dm1', 'E10', 1),
  ('azucar', 'E11', 1), ('azucar alta', 'E11', 1), ('azucar en sangre', 'E11', 1), ('glucemia alta', 'R739', 2),
  ('colesterol', 'E780', 1), ('colesterol alto', 'E780', 1), ('dislipemia', 'E785', 1),
  ('epoc', 'J449', 1), ('asma', 'J45', 1), ('broncoespasmo', 'J459', 1),
  ('gripe', 'J111', 1), ('resfrio', 'J00', 1), ('angina', 'J029', 1), ('faringitis', 'J029', 1),
  ('hipotiroidismo', 'E039', 1), ('tiroides', 'E039', 1),
  ('lumbalgia', 'M545', 1), ('dolor de espalda', 'M549', 1), ('ciatica', 'M543', 1),
  ('infeccion urinaria', 'N390', 1), ('itu', 'N390', 1), ('cistitis', 'N300', 1),
  ('gastroenteritis', 'A09', 1), ('diarrea', 'A09', 1), ('acidez', 'K210', 1), ('reflujo', 'K219', 1),
  ('migrana', 'G439', 1), ('jaqueca', 'G439', 1), ('dolor de cabeza', 'R51', 1), ('cefalea', 'R51', 1),
  ('depresion', 'F329', 1), ('ansiedad', 'F419', 1), ('insomnio', 'G470', 1),
  ('obesidad', 'E669', 1), ('sobrepeso', 'E663', 1), ('anemia', 'D649', 1),
  ('insuficiencia renal', 'N18', 1), ('irc', 'N18', 1), ('acv', 'I64', 1), ('infarto', 'I219', 1),
  ('fiebre', 'R509', 1), ('tos', 'R05', 1), ('covid', 'U071', 1);
