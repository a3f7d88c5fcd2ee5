-- A booking (a registered turno) changes no visit row, yet report_visits_on_appointment
-- was called for every insert and update of appointments only to return at once. The
-- trigger is now two, each with the condition under which the function can do anything,
-- so the booking path calls no PL/pgSQL for it. The function is unchanged; the insert
-- trigger keeps the name the seed disables for its bulk load.
DROP TRIGGER appointments_report_visits ON appointments;
CREATE TRIGGER appointments_report_visits AFTER INSERT ON appointments
  FOR EACH ROW WHEN (NEW.status IN ('waiting', 'in_progress', 'finished'))
  EXECUTE FUNCTION report_visits_on_appointment();
CREATE TRIGGER appointments_report_visits_update AFTER UPDATE ON appointments
  FOR EACH ROW WHEN (OLD.status IN ('waiting', 'in_progress', 'finished')
                     OR NEW.status IN ('waiting', 'in_progress', 'finished'))
  EXECUTE FUNCTION report_visits_on_appointment();
