import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { ClinicCreateForm } from '@/features/clinics/components/clinic-create-form';
import { useNotifySuccess } from '@/hooks/use-notify';

export function ClinicNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  return (
    <Page title={t('clinics.create.title')}>
      <ClinicCreateForm
        onCreated={(clinic) => {
          notifySuccess(t('clinics.create.success'));
          void navigate(`/clinics/${clinic.id}`);
        }}
        onCancel={() => void navigate('/clinics')}
      />
    </Page>
  );
}
