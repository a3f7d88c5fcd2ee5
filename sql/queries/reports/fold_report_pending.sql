-- Moves the pending deltas into the hourly and monthly rollups (migration 0019).
SELECT fold_report_pending()
