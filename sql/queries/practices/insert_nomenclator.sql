INSERT INTO nomenclators (name, version) VALUES ($1, $2) RETURNING id, name, version
