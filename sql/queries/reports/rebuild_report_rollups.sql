-- Recomputes every report rollup from the base tables (migration 0008).
SELECT rebuild_report_rollups()
