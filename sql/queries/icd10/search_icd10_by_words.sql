-- Codes that may be a diagnosis whose title holds every word of $2 (space-separated,
-- letters and digits only) anywhere, accent- and case-insensitive, plus the codes of the
-- synonyms (icd10_synonyms) $2 is the start of ("hta", "presion al", "azucar"); $1, the
-- longest word, is what the trigram indexes look up (below 3 letters, as a word start). Best first: synonyms (typed in full,
-- then started) by their rank, then titles where every word starts a word (search_words),
-- then how often the network records the code (icd10_usage), higher levels, shorter
-- titles, code order. $3 limit, $4 offset.
WITH q AS (
  SELECT search_key($2) AS phrase,
         array(SELECT '%' || w || '%' FROM unnest(string_to_array(search_key($2), ' ')) w) AS anywhere,
         array(SELECT '% ' || w || '%' FROM unnest(string_to_array(search_key($2), ' ')) w) AS word_starts
),
synonym AS (
  -- A term typed in full before one the query only starts ("diabetes" before "diabetes tipo 1").
  SELECT s.code, min(s.rank + CASE WHEN s.term = q.phrase THEN 0 ELSE 100 END) AS rank
  FROM icd10_synonyms s, q
  WHERE (s.term COLLATE "C") >= q.phrase AND (s.term COLLATE "C") < q.phrase || '~'
  GROUP BY s.code
),
hit AS (
  -- Titles holding the words, found by the longest on a trigram index: anywhere in the
  -- title when it has 3 letters or more, at a word's start when shorter ("di" as typed:
  -- a trigram needs the word's start); then the synonyms' codes whose titles do not
  -- hold them (so each code once, without a join back to the catalog).
  SELECT c.code, c.description, c.level, c.parent_code, c.search_words
  FROM icd10_codes c, q
  WHERE length(search_key($1)) >= 3 AND c.selectable
    AND c.search_text LIKE '%' || search_key($1) || '%' AND c.search_text LIKE ALL (q.anywhere)
  UNION ALL
  SELECT c.code, c.description, c.level, c.parent_code, c.search_words
  FROM icd10_codes c, q
  WHERE length(search_key($1)) < 3 AND c.selectable
    AND c.search_words LIKE '% ' || search_key($1) || '%' AND c.search_text LIKE ALL (q.anywhere)
  UNION ALL
  SELECT c.code, c.description, c.level, c.parent_code, c.search_words
  FROM synonym s JOIN icd10_codes c ON c.code = s.code AND c.selectable, q
  WHERE NOT (c.search_text LIKE ALL (q.anywhere)
             AND (CASE WHEN length(search_key($1)) >= 3 THEN c.search_text LIKE '%' || search_key($1) || '%'
                       ELSE c.search_words LIKE '% ' || search_key($1) || '%' END))
)
SELECT h.code, h.description, h.level, h.parent_code
FROM hit h
CROSS JOIN q
LEFT JOIN synonym s ON s.code = h.code
LEFT JOIN icd10_usage u ON u.code = h.code
ORDER BY s.rank NULLS LAST,
         h.search_words LIKE ALL (q.word_starts) DESC,
         coalesce(u.uses, 0) DESC, h.level, length(h.description), (h.code COLLATE "C")
LIMIT $3 OFFSET $4
