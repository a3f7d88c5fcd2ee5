SELECT id, name, version FROM nomenclators WHERE id = $1
