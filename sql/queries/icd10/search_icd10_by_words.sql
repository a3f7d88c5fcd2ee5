-- Codes that may be a diagnosis whose title holds every word of $2 (space-separated,
-- letters and digits only) anywhere, accent- and case-insensitive, plus the codes of the
-- synonyms (icd10_synonyms) $2 is the start of ("hta", "presion al", "azucar"); $1, the
-- longest word, is what the trigram index looks up. Best first: synonyms (typed in full,
-- then started) by their rank,
-- then titles where every word starts a word (search_words), then how often the network records the
-- code (icd10_usage), higher levels, shorter titles, code order. $3 limit, $4 offset.
WITH q AS (SELECT string_to_array(search_key($2), ' ') AS words, search_key($2) AS phrase),
synonym AS (
  -- A term typed in full before one the query only starts ("diabetes" before "diabetes tipo 1").
  SELECT s.code, min(s.rank + CASE WHEN s.term = q.phrase THEN 0 ELSE 100 END) AS rank
  FROM icd10_synonyms s, q
  WHERE (s.term COLLATE "C") >= q.phrase AND (s.term COLLATE "C") < q.phrase || '~'
  GROUP BY s.code
),
hit AS (
  SELECT c.code FROM icd10_codes c, q
  WHERE c.selectable
    AND c.search_text LIKE '%' || search_key($1) || '%'
    AND c.search_text LIKE ALL (SELECT '%' || w || '%' FROM unnest(q.words) w)
  UNION
  SELECT code FROM synonym
)
SELECT c.code, c.description, c.level, c.parent_code
FROM hit h
JOIN icd10_codes c ON c.code = h.code AND c.selectable
CROSS JOIN q
LEFT JOIN synonym s ON s.code = c.code
LEFT JOIN icd10_usage u ON u.code = c.code
ORDER BY s.rank NULLS LAST,
         c.search_words LIKE ALL (SELECT '% ' || w || '%' FROM unnest(q.words) w) DESC,
         coalesce(u.uses, 0) DESC, c.level, length(c.description), (c.code COLLATE "C")
LIMIT $3 OFFSET $4
