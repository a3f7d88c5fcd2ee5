SELECT count(*) FROM icd10_codes
