import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { boardClinics } from '@/features/appointments/utils/waiting-room';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

/** Picks the clinic whose waiting-room screen to open (full screen, outside the app's frame). */
export function WaitingRoomChooser() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  const [chosen, setChosen] = useState<string | null>(null);
  if (catalog.isPending) return <Loading />;
  if (catalog.isError) return <ErrorAlert error={catalog.error} />;
  const clinics = boardClinics(catalog.data, user);
  if (clinics.length === 0) return <Text c="dimmed">{t('appointments.agenda.noClinics')}</Text>;
  const clinicId = chosen ?? String(clinics[0]!.id);

  return (
    <Paper withBorder p="md" maw={560}>
      <Stack>
        <Text>{t('appointments.board.chooseHint')}</Text>
        <NativeSelect
          label={t('appointments.fields.clinic')}
          data={clinics.map((c) => ({ value: String(c.id), label: c.name }))}
          value={clinicId}
          onChange={(e) => setChosen(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button component={Link} to={`/waiting-room/${clinicId}`}>
            {t('appointments.board.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
