import { Alert, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

interface WriteContextBarProps {
  appointment: { id: number; start: string } | null;
  clinicId: number | null;
  clinicIds: readonly number[];
  onClinic: (id: number) => void;
}

/** Says where new entries go: the consultation in progress, or a clinic (chosen when the doctor has several). */
export function WriteContextBar({ appointment, clinicId, clinicIds, onClinic }: WriteContextBarProps) {
  const { t } = useTranslation();
  const { clock } = useRecordFormat();
  const clinics = useClinicsCatalog();
  if (appointment) {
    return (
      <Alert color="teal" data-testid="write-context" data-appointment-id={appointment.id}>
        {t('records.context.consultation', { time: clock(appointment.start) })}
      </Alert>
    );
  }
  const name = (id: number) => clinics.data?.find((c) => c.id === id)?.name ?? `#${id}`;
  if (clinicIds.length > 1) {
    return (
      <NativeSelect
        data-testid="write-context"
        label={t('records.context.clinic')}
        description={t('records.context.noConsultation')}
        w={360}
        value={clinicId === null ? '' : String(clinicId)}
        onChange={(e) => onClinic(Number(e.currentTarget.value))}
        data={clinicIds.map((id) => ({ value: String(id), label: name(id) }))}
      />
    );
  }
  return (
    <Text size="sm" c="dimmed" data-testid="write-context">
      {clinicId === null ? t('records.context.noClinic') : t('records.context.atClinic', { clinic: name(clinicId) })}
    </Text>
  );
}
