-- Moves the pending hourly deltas into report_hourly_rollups (migration 0008).
SELECT fold_report_hourly_pending()
