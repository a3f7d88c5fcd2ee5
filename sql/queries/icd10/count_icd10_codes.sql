SELECT count(*) AS codes FROM icd10_codes
