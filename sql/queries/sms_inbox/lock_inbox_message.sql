-- Inbox message $1, locked, when caller ($2 role, $3 user id) may read it.
SELECT i.id
FROM sms_inbox i
WHERE i.id = $1
  AND ($2 = 'admin'
       OR ($2 = 'secretary' AND EXISTS (SELECT 1 FROM user_clinics uc WHERE uc.user_id = $3 AND uc.clinic_id = i.clinic_id)))
FOR UPDATE
