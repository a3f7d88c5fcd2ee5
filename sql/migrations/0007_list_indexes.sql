-- Every role's list of appointments walks an index (list_appointments.sql): an admin's
-- unfiltered list, and a secretary's over her clinics, in time order on this one; a
-- doctor's and a patient's on appointments_doctor_starts_idx and
-- appointments_patient_starts_idx (migration 0003). (starts_at, id) is the lists' order
-- and keyset cursor.
CREATE INDEX appointments_starts_idx ON appointments (starts_at, id);
