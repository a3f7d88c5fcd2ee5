import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClinicChoice } from '@/features/patients/types';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Patient } from '@/lib/api-models';

/** After a link: "Paciente vinculado a <clínica>" and the patient's page. */
export function usePatientLinked(): (patient: Patient, clinic: ClinicChoice | null) => void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  return useCallback(
    (patient: Patient, clinic: ClinicChoice | null) => {
      notifySuccess(clinic ? t('patients.link.success', { clinic: clinic.name }) : t('patients.link.successNoClinic'));
      void navigate(`/patients/${patient.id}`);
    },
    [t, navigate, notifySuccess],
  );
}
