SELECT id, name, version FROM nomenclators WHERE id > $1 ORDER BY id LIMIT $2
