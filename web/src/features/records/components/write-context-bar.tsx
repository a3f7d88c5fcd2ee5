import { Alert, Button, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFinishConsultation } from '@/features/records/api/finish-consultation';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import { useNotifySuccess } from '@/hooks/use-notify';
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
  const finish = useFinishConsultation();
  const notify = useNotifySuccess();
  if (appointment) {
    // "Finalizar turno" ends the consultation (the turno), not a treatment.
    return (
      <Alert color="teal" data-testid="write-context" data-appointment-id={appointment.id}>
        <Group justify="space-between" wrap="wrap">
          <span>{t('records.context.consultation', { time: clock(appointment.start) })}</span>
          <Button
            size="xs"
            color="teal"
            loading={finish.isPending}
            onClick={() => finish.mutate(appointment.id, { onSuccess: () => notify(t('records.context.finished')) })}
          >
            {t('records.context.finishTurno')}
          </Button>
        </Group>
        {finish.isError && (
          <Text size="sm" c="red" role="alert" mt={4}>
            {t('records.context.finishFailed')}
          </Text>
        )}
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
