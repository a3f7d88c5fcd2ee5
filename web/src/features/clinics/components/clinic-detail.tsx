import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { NotFound } from '@/components/not-found';
import { useClinic } from '@/features/clinics/api/get-clinic';
import { useUpdateClinic } from '@/features/clinics/api/update-clinic';
import { ClinicForm } from '@/features/clinics/components/clinic-form';
import { ClinicTree } from '@/features/clinics/components/clinic-tree';
import { FloorCreateModal } from '@/features/clinics/components/floor-create-modal';
import { clinicToForm, toClinicUpdate } from '@/features/clinics/utils/clinic-form';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isApiError } from '@/lib/api-error';
import type { Clinic } from '@/lib/api-models';
import { weekdayLabelKey } from '@/lib/weekdays';
import { formatPhone, timeZoneCity } from '@/lib/format';

export function ClinicDetail({ clinicId, canManage }: { clinicId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const clinic = useClinic(clinicId);
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const [addingFloor, { open: openFloor, close: closeFloor }] = useDisclosure(false);

  if (clinic.isPending) return <Loading />;
  if (clinic.isError) {
    if (isApiError(clinic.error) && clinic.error.status === 404) return <NotFound />;
    return <ErrorAlert error={clinic.error} />;
  }
  const c = clinic.data;

  return (
    <Stack>
      <Anchor component={Link} to="/clinics" size="sm">
        {t('clinics.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="clinic-name">
            {c.name}
          </Title>
          <Text c="dimmed">
            {[c.address, formatPhone(c.phone), timeZoneCity(c.timezone)].filter((part) => part && part !== '').join(' · ')}
          </Text>
          <OpeningHoursSummary clinic={c} />
        </div>
        <Group>
          <ActiveBadge active={c.active} />
          {canManage && (
            <>
              <Button variant="default" onClick={openEdit}>
                {t('clinics.detail.edit')}
              </Button>
              <ClinicActiveToggle clinic={c} />
            </>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3">
            {t('clinics.tree.title')}
          </Title>
          {canManage && <Button onClick={openFloor}>{t('clinics.floors.add')}</Button>}
        </Group>
        <ClinicTree clinicId={c.id} canManage={canManage} />
      </Paper>
      {canManage && (
        <>
          <Modal opened={editing} onClose={closeEdit} title={t('clinics.detail.editTitle')} size="lg" centered>
            {editing && <ClinicEditForm clinic={c} onDone={closeEdit} />}
          </Modal>
          <FloorCreateModal clinicId={c.id} opened={addingFloor} onClose={closeFloor} />
        </>
      )}
    </Stack>
  );
}

function OpeningHoursSummary({ clinic }: { clinic: Clinic }) {
  const { t } = useTranslation();
  if (clinic.opening_hours.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('clinics.hours.none')}
      </Text>
    );
  }
  return (
    <Text size="sm" data-testid="clinic-hours">
      {clinic.opening_hours
        .map((h) => `${t(weekdayLabelKey(h.weekday))} ${h.opens}–${h.closes}`)
        .join(' · ')}
    </Text>
  );
}

function ClinicEditForm({ clinic, onDone }: { clinic: Clinic; onDone: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateClinic(clinic.id);
  return (
    <ClinicForm
      initialValues={clinicToForm(clinic)}
      submitLabel={t('clinics.detail.save')}
      pending={mutation.isPending}
      save={async (values) => {
        await mutation.mutateAsync(toClinicUpdate(values));
        notifySuccess(t('clinics.detail.saved'));
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

function ClinicActiveToggle({ clinic }: { clinic: Clinic }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateClinic(clinic.id);
  const [confirming, { open, close }] = useDisclosure(false);

  if (!clinic.active) {
    return (
      <Button
        variant="light"
        loading={mutation.isPending}
        onClick={() =>
          mutation.mutate({ active: true }, { onSuccess: () => notifySuccess(t('clinics.detail.activated')) })
        }
      >
        {t('clinics.detail.activate')}
      </Button>
    );
  }
  return (
    <>
      <Button color="red" variant="outline" onClick={open}>
        {t('clinics.detail.deactivate')}
      </Button>
      <Modal opened={confirming} onClose={close} title={t('clinics.detail.deactivateTitle')} centered>
        <Text mb="md">{t('clinics.detail.deactivateBody', { name: clinic.name })}</Text>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={mutation.isPending}
            onClick={() =>
              mutation.mutate(
                { active: false },
                {
                  onSuccess: () => {
                    close();
                    notifySuccess(t('clinics.detail.deactivated'));
                  },
                },
              )
            }
          >
            {t('clinics.detail.deactivateConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
