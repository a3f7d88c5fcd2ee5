import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { ClinicNames } from '@/components/clinic-names';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { NotFound } from '@/components/not-found';
import { useDoctor } from '@/features/doctors/api/get-doctor';
import { useSchedule } from '@/features/doctors/api/get-schedule';
import { DoctorProfileForm } from '@/features/doctors/components/doctor-profile-form';
import { ScheduleGrid } from '@/features/doctors/components/schedule-grid';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { isApiError } from '@/lib/api-error';

export function DoctorProfile({ doctorId, canManage }: { doctorId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const doctor = useDoctor(doctorId);
  const schedule = useSchedule(doctorId);
  const clinics = useClinicsCatalog();

  if (doctor.isPending) return <Loading />;
  if (doctor.isError) {
    if (isApiError(doctor.error) && doctor.error.status === 404) return <NotFound />;
    return <ErrorAlert error={doctor.error} />;
  }
  const d = doctor.data;

  return (
    <Stack>
      <Anchor component={Link} to="/doctors" size="sm">
        {t('doctors.profile.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{d.full_name}</Title>
          <Text c="dimmed">
            {[d.specialty, d.license_number && t('doctors.profile.licenseShort', { license: d.license_number })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <ActiveBadge active={d.active} />
      </Group>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('doctors.profile.title')}
        </Title>
        {canManage ? (
          <DoctorProfileForm key={d.id} doctor={d} />
        ) : (
          <Stack gap={4}>
            <Text>
              <b>{t('doctors.profile.specialty')}:</b> {d.specialty || t('common.none')}
            </Text>
            <Text>
              <b>{t('doctors.profile.license')}:</b> {d.license_number ?? t('common.none')}
            </Text>
            <Text>
              <b>{t('doctors.profile.clinics')}:</b> <ClinicNames ids={d.clinic_ids} />
            </Text>
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('doctors.schedule.title')}
        </Title>
        {schedule.isPending || clinics.isPending ? (
          <Loading />
        ) : schedule.isError ? (
          <ErrorAlert error={schedule.error} />
        ) : (
          <ScheduleGrid
            key={d.id}
            doctor={d}
            schedule={schedule.data}
            clinics={clinics.data ?? []}
            canManage={canManage}
          />
        )}
      </Paper>
    </Stack>
  );
}
