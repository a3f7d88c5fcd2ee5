-- Messages per kind and status, for /metrics.
SELECT kind, status, count(*) AS messages FROM sms_messages GROUP BY kind, status ORDER BY kind, status
