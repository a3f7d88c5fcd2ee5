UPDATE appointments SET status = $2::appointment_status, reason = coalesce($3, reason), updated_at = now() WHERE id = $1
