import { useTranslation } from 'react-i18next';
import { useCreateClinic } from '@/features/clinics/api/create-clinic';
import { ClinicForm } from '@/features/clinics/components/clinic-form';
import { emptyClinicForm, toClinicCreate } from '@/features/clinics/utils/clinic-form';
import type { Clinic } from '@/lib/api-models';

export function ClinicCreateForm({ onCreated, onCancel }: { onCreated: (clinic: Clinic) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const mutation = useCreateClinic();
  return (
    <ClinicForm
      initialValues={emptyClinicForm()}
      submitLabel={t('clinics.create.submit')}
      pending={mutation.isPending}
      save={async (values) => onCreated(await mutation.mutateAsync(toClinicCreate(values)))}
      onCancel={onCancel}
    />
  );
}
