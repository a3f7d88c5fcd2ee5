import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PatientCreateForm } from '@/features/patients/components/patient-create-form';
import { useOwnClinics } from '@/features/patients/hooks/use-own-clinics';
import { usePatientLinked } from '@/features/patients/hooks/use-patient-linked';
import { useNotifySuccess } from '@/hooks/use-notify';
import { canCreatePatients } from '@/lib/navigation';

export function PatientNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const user = useCurrentUser();
  // A secretary registers patients at one of her own clinics.
  const { catalog: clinics, choices } = useOwnClinics();
  const onLinked = usePatientLinked();

  if (!canCreatePatients(user.role)) return <NotFound />;

  return (
    <Page title={t('patients.create.title')}>
      {clinics.isPending ? (
        <Loading />
      ) : clinics.isError ? (
        <ErrorAlert error={clinics.error} />
      ) : (
        <PatientCreateForm
          clinics={choices}
          clinicRequired={choices.length > 1}
          onCreated={(patient) => {
            notifySuccess(t('patients.create.success'));
            void navigate(`/patients/${patient.id}`);
          }}
          onLinked={onLinked}
          onCancel={() => void navigate('/patients')}
        />
      )}
    </Page>
  );
}
