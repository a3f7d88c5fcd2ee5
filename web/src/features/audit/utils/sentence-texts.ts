// The audit screen's sentences and detail labels (features/audit/utils/sentences.ts), kept
// with the screen so the sign-in page does not download them: registered into i18next when
// the audit table loads.
import type { i18n as I18n } from 'i18next';

export const kAuditSentencesEs = {
  sentences: {
    auth: {
      login: '{{actor}} ingresó al sistema',
      login_failed: 'Ingreso fallido con el usuario {{username}}',
      login_locked: 'Ingreso bloqueado por demasiados intentos con el usuario {{username}}',
      logout: '{{actor}} cerró la sesión',
      password_changed: '{{actor}} cambió su contraseña',
    },
    user: {
      created: '{{actor}} creó el usuario {{object}}',
      updated: '{{actor}} modificó el usuario {{object}}',
      deactivated: '{{actor}} desactivó el usuario {{object}}',
    },
    clinic: {
      created: '{{actor}} creó la clínica {{object}}',
      updated: '{{actor}} modificó la clínica {{object}}',
      deactivated: '{{actor}} desactivó la clínica {{object}}',
    },
    floor: { created: '{{actor}} agregó el piso {{object}}' },
    room: {
      created: '{{actor}} creó el consultorio {{object}}',
      updated: '{{actor}} modificó el consultorio {{object}}',
      deactivated: '{{actor}} desactivó el consultorio {{object}}',
    },
    nomenclator: {
      created: '{{actor}} creó el nomenclador {{object}}',
      imported: '{{actor}} importó prácticas al nomenclador {{object}}',
    },
    practice: {
      created: '{{actor}} creó la práctica {{object}}',
      updated: '{{actor}} modificó la práctica {{object}}',
    },
    doctor: {
      updated: '{{actor}} modificó los datos del médico {{object}}',
      schedule_changed: '{{actor}} cambió los horarios de atención del médico {{object}}',
    },
    patient: {
      viewed: '{{actor}} vio la ficha de {{patient}}',
      created: '{{actor}} registró a {{patient}}',
      updated: '{{actor}} modificó los datos de {{patient}}',
      linked: '{{actor}} vinculó su usuario con la ficha de {{patient}}',
      link_refused: '{{actor}} intentó vincular su usuario con una ficha y los datos no coincidieron',
      sms_opted_out: '{{patient}} dejó de recibir SMS',
      sms_consent_changed: 'Cambió el consentimiento de SMS de {{patient}}',
    },
    record: {
      viewed: '{{actor}} abrió la historia clínica de {{patient}}',
      diagnosis_added: '{{actor}} registró un diagnóstico en la historia clínica de {{patient}}',
      treatment_added: '{{actor}} registró un tratamiento en la historia clínica de {{patient}}',
      note_added: '{{actor}} escribió una nota en la historia clínica de {{patient}}',
      allergy_added: '{{actor}} registró una alergia en la historia clínica de {{patient}}',
      entry_amended: '{{actor}} corrigió una entrada de la historia clínica de {{patient}}',
      emergency_access_granted: '{{actor}} abrió por emergencia la historia clínica de {{patient}}',
    },
    follow_up_plan: {
      created: '{{actor}} creó un plan de seguimiento para {{patient}}',
      updated: '{{actor}} modificó el plan de seguimiento de {{patient}}',
      ended: '{{actor}} terminó el plan de seguimiento de {{patient}}',
    },
    follow_up_worklist: { read: '{{actor}} consultó la lista de seguimiento' },
    care_gap: {
      listed: '{{actor}} vio a {{patient}} en la lista de pacientes sin control',
      counted: '{{actor}} consultó cuántos pacientes sin control hay',
    },
    sms_template: { updated: '{{actor}} modificó una plantilla de SMS' },
    sms_messages: { read: '{{actor}} consultó los SMS enviados' },
    sms_inbox: {
      listed: '{{actor}} consultó las respuestas de SMS',
      handled: '{{actor}} marcó como atendida una respuesta de SMS de {{patient}}',
    },
    sms_phone_problems: { listed: '{{actor}} consultó los teléfonos con problemas de SMS' },
    sms_phone_problem: { resolved: '{{actor}} resolvió el problema de SMS del teléfono de {{patient}}' },
    audit: { verified: '{{actor}} verificó la integridad del registro de auditoría' },
  },
  detailKeys: {
    fields: 'Campos',
    username: 'Usuario',
    username_given: 'Usuario ingresado',
    role: 'Rol',
    clinic_id: 'Clínica n.º',
    appointment_id: 'Turno n.º',
    emergency_access_id: 'Acceso de emergencia n.º',
    amends_id: 'Corrige la entrada n.º',
    original_id: 'Entrada original n.º',
    treatment_id: 'Tratamiento n.º',
    hours: 'Horas',
    sms_consent: 'Acepta SMS',
    source: 'Origen',
    kind: 'Tipo',
    status: 'Estado',
    characters: 'Caracteres',
    ok: 'Íntegra',
    checked: 'Eventos verificados',
    first_bad_id: 'Primera fila con problemas',
    created: 'Creadas',
    updated: 'Actualizadas',
    account: 'Con usuario',
  }
};

export const kAuditSentencesEn: typeof kAuditSentencesEs = {
  sentences: {
    auth: {
      login: '{{actor}} signed in',
      login_failed: 'Failed sign-in as {{username}}',
      login_locked: 'Sign-in locked after too many attempts as {{username}}',
      logout: '{{actor}} signed out',
      password_changed: '{{actor}} changed their password',
    },
    user: {
      created: '{{actor}} created the user {{object}}',
      updated: '{{actor}} changed the user {{object}}',
      deactivated: '{{actor}} deactivated the user {{object}}',
    },
    clinic: {
      created: '{{actor}} created the clinic {{object}}',
      updated: '{{actor}} changed the clinic {{object}}',
      deactivated: '{{actor}} deactivated the clinic {{object}}',
    },
    floor: { created: '{{actor}} added the floor {{object}}' },
    room: {
      created: '{{actor}} created the room {{object}}',
      updated: '{{actor}} changed the room {{object}}',
      deactivated: '{{actor}} deactivated the room {{object}}',
    },
    nomenclator: {
      created: '{{actor}} created the nomenclator {{object}}',
      imported: '{{actor}} imported practices into the nomenclator {{object}}',
    },
    practice: {
      created: '{{actor}} created the practice {{object}}',
      updated: '{{actor}} changed the practice {{object}}',
    },
    doctor: {
      updated: "{{actor}} changed the doctor {{object}}'s data",
      schedule_changed: "{{actor}} changed the doctor {{object}}'s hours",
    },
    patient: {
      viewed: "{{actor}} viewed {{patient}}'s file",
      created: '{{actor}} registered {{patient}}',
      updated: "{{actor}} changed {{patient}}'s data",
      linked: "{{actor}} linked their user to {{patient}}'s file",
      link_refused: '{{actor}} tried to link their user to a file and the data did not match',
      sms_opted_out: '{{patient}} stopped receiving SMS',
      sms_consent_changed: "{{patient}}'s SMS consent changed",
    },
    record: {
      viewed: "{{actor}} opened {{patient}}'s medical record",
      diagnosis_added: "{{actor}} added a diagnosis to {{patient}}'s record",
      treatment_added: "{{actor}} added a treatment to {{patient}}'s record",
      note_added: "{{actor}} wrote a note in {{patient}}'s record",
      allergy_added: "{{actor}} added an allergy to {{patient}}'s record",
      entry_amended: "{{actor}} corrected an entry of {{patient}}'s record",
      emergency_access_granted: "{{actor}} opened {{patient}}'s record in an emergency",
    },
    follow_up_plan: {
      created: '{{actor}} created a follow-up plan for {{patient}}',
      updated: "{{actor}} changed {{patient}}'s follow-up plan",
      ended: "{{actor}} ended {{patient}}'s follow-up plan",
    },
    follow_up_worklist: { read: '{{actor}} read the follow-up worklist' },
    care_gap: {
      listed: '{{actor}} saw {{patient}} in the care gaps list',
      counted: '{{actor}} looked up how many patients have care gaps',
    },
    sms_template: { updated: '{{actor}} changed an SMS template' },
    sms_messages: { read: '{{actor}} read the SMS sent' },
    sms_inbox: {
      listed: '{{actor}} read the SMS replies',
      handled: '{{actor}} handled an SMS reply from {{patient}}',
    },
    sms_phone_problems: { listed: '{{actor}} read the phones with SMS problems' },
    sms_phone_problem: { resolved: "{{actor}} resolved the SMS problem of {{patient}}'s phone" },
    audit: { verified: "{{actor}} verified the audit log's integrity" },
  },
  detailKeys: {
    fields: 'Fields',
    username: 'Username',
    username_given: 'Username given',
    role: 'Role',
    clinic_id: 'Clinic no.',
    appointment_id: 'Turno no.',
    emergency_access_id: 'Emergency access no.',
    amends_id: 'Amends entry no.',
    original_id: 'Original entry no.',
    treatment_id: 'Treatment no.',
    hours: 'Hours',
    sms_consent: 'Accepts SMS',
    source: 'Source',
    kind: 'Kind',
    status: 'Status',
    characters: 'Characters',
    ok: 'Intact',
    checked: 'Events checked',
    first_bad_id: 'First bad row',
    created: 'Created',
    updated: 'Updated',
    account: 'With user',
  }
};

/** Adds the sentences to an i18next instance (deep, keeping what the locale already has). */
export function registerAuditSentences(i18n: Pick<I18n, 'addResourceBundle'>): void {
  i18n.addResourceBundle('es-AR', 'translation', { audit: kAuditSentencesEs }, true, false);
  i18n.addResourceBundle('en', 'translation', { audit: kAuditSentencesEn }, true, false);
}
