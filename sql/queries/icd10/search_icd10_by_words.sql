-- Codes that may be a diagnosis whose title holds every word of $2 (space-separated,
-- letters and digits only) anywhere, accent- and case-insensitive; $1, the longest word,
-- is what the trigram index looks up. Best first: titles where every word starts a word,
-- then higher levels, shorter titles, code order. $3 limit, $4 offset.
WITH q AS (SELECT string_to_array(search_key($2), ' ') AS words)
SELECT c.code, c.description, c.level, c.parent_code
FROM icd10_codes c, q
WHERE c.selectable
  AND c.search_text LIKE '%' || search_key($1) || '%'
  AND c.search_text LIKE ALL (SELECT '%' || w || '%' FROM unnest(q.words) w)
ORDER BY (SELECT bool_and(c.search_text ~ ('\m' || w)) FROM unnest(q.words) w) DESC,
         c.level, length(c.description), (c.code COLLATE "C")
LIMIT $3 OFFSET $4
