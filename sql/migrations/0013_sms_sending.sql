-- SMS sending (issue 10): what the scheduler and the sender need beyond 0010.

-- A message whose last attempt may have reached Twilio without us hearing the answer (a
-- timeout, or a worker killed mid-send): before it is sent again, the sender asks
-- Twilio's message list whether it went out. Never blindly resent.
ALTER TABLE sms_messages ADD COLUMN needs_lookup boolean NOT NULL DEFAULT false;

-- The reminder scan (select_due_reminders.sql) needs no index of its own: the next
-- hours' turnos are a range of appointments_starts_idx (migration 0007).
