import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '@/components/active-badge';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useFloorRooms } from '@/features/clinics/api/list-floor-rooms';
import { useUpdateRoom } from '@/features/clinics/api/update-room';
import { RoomFormModal } from '@/features/clinics/components/room-form-modal';
import { floorLabel } from '@/features/clinics/utils/floor-label';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Floor, Room } from '@/lib/api-models';

interface FloorSectionProps {
  floor: Floor;
  floors: readonly Floor[];
  canManage: boolean;
}

/** One floor of the clinic tree: its heading and its rooms. */
export function FloorSection({ floor, floors, canManage }: FloorSectionProps) {
  const { t } = useTranslation();
  const rooms = useFloorRooms(floor.id);
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [editing, setEditing] = useState<Room | null>(null);
  const label = floorLabel(t, floor);

  return (
    <Paper withBorder p="md" data-testid={`floor-${floor.number}`} component="section" aria-label={label}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {label}
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={openAdd} aria-label={t('clinics.rooms.addOn', { floor: label })}>
            {t('clinics.rooms.add')}
          </Button>
        )}
      </Group>
      {rooms.isPending ? (
        <Loading />
      ) : rooms.isError ? (
        <ErrorAlert error={rooms.error} />
      ) : rooms.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('clinics.rooms.empty')}
        </Text>
      ) : (
        <Table aria-label={t('clinics.rooms.tableLabel', { floor: label })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clinics.rooms.columns.code')}</Table.Th>
              <Table.Th>{t('clinics.rooms.columns.name')}</Table.Th>
              <Table.Th>{t('clinics.rooms.columns.kind')}</Table.Th>
              <Table.Th>{t('clinics.rooms.columns.state')}</Table.Th>
              {canManage && <Table.Th>{t('clinics.rooms.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rooms.data.map((room) => (
              <Table.Tr key={room.id} data-testid={`room-row-${room.code}`}>
                <Table.Td>{room.code}</Table.Td>
                <Table.Td>{room.name}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray">
                    {t(`clinics.kinds.${room.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ActiveBadge active={room.active} />
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setEditing(room)}
                        aria-label={t('clinics.rooms.editOne', { code: room.code })}
                      >
                        {t('clinics.rooms.edit')}
                      </Button>
                      <RoomActiveToggle room={room} />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && (
        <>
          <RoomFormModal floor={floor} floors={floors} opened={adding} onClose={closeAdd} />
          <RoomFormModal
            floor={floor}
            floors={floors}
            room={editing ?? undefined}
            opened={editing !== null}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Paper>
  );
}

function RoomActiveToggle({ room }: { room: Room }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateRoom(room.id);
  const next = !room.active;
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color={room.active ? 'red' : 'teal'}
      loading={mutation.isPending}
      aria-label={t(room.active ? 'clinics.rooms.deactivateOne' : 'clinics.rooms.activateOne', { code: room.code })}
      onClick={() =>
        mutation.mutate(
          { active: next },
          { onSuccess: () => notifySuccess(t(next ? 'clinics.rooms.activated' : 'clinics.rooms.deactivated')) },
        )
      }
    >
      {t(room.active ? 'clinics.rooms.deactivate' : 'clinics.rooms.activate')}
    </Button>
  );
}
