-- The chronic conditions the reports count (migration 0011), in their order.
SELECT code, name FROM report_conditions ORDER BY position
