import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useCreateRoom } from '@/features/clinics/api/create-room';
import { useUpdateRoom } from '@/features/clinics/api/update-room';
import type { RoomFormValues } from '@/features/clinics/types';
import { kRoomKinds } from '@/features/clinics/utils/clinic-form';
import { floorLabel } from '@/features/clinics/utils/floor-label';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Floor, Room } from '@/lib/api-models';

const kFields = ['code', 'name', 'kind', 'floor_id'];

interface RoomFormModalProps {
  /** The floor a new room goes to. */
  floor: Floor;
  /** The room to edit; absent to add one. */
  room?: Room;
  /** The clinic's floors, to move an edited room. */
  floors: readonly Floor[];
  opened: boolean;
  onClose: () => void;
}

export function RoomFormModal({ floor, room, floors, opened, onClose }: RoomFormModalProps) {
  const { t } = useTranslation();
  const title = room
    ? t('clinics.rooms.editTitle', { code: room.code })
    : t('clinics.rooms.addTitle', { floor: floorLabel(t, floor) });
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {opened && (room ? <RoomEditForm room={room} floors={floors} onDone={onClose} /> : <RoomCreateForm floor={floor} onDone={onClose} />)}
    </Modal>
  );
}

function RoomCreateForm({ floor, onDone }: { floor: Floor; onDone: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useCreateRoom(floor.id);
  return (
    <RoomFields
      initialValues={{ code: '', name: '', kind: 'consulting', floor_id: String(floor.id), active: true }}
      pending={mutation.isPending}
      save={async (values) => {
        await mutation.mutateAsync({ code: values.code.trim(), name: values.name.trim(), kind: values.kind });
        notifySuccess(t('clinics.rooms.added'));
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

function RoomEditForm({ room, floors, onDone }: { room: Room; floors: readonly Floor[]; onDone: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateRoom(room.id);
  return (
    <RoomFields
      initialValues={{ code: room.code, name: room.name, kind: room.kind, floor_id: String(room.floor_id), active: room.active }}
      floors={floors}
      pending={mutation.isPending}
      save={async (values) => {
        await mutation.mutateAsync({
          code: values.code.trim(),
          name: values.name.trim(),
          kind: values.kind,
          floor_id: Number(values.floor_id),
        });
        notifySuccess(t('clinics.rooms.saved'));
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

interface RoomFieldsProps {
  initialValues: RoomFormValues;
  floors?: readonly Floor[];
  pending: boolean;
  save: (values: RoomFormValues) => Promise<void>;
  onCancel: () => void;
}

function RoomFields({ initialValues, floors, pending, save, onCancel }: RoomFieldsProps) {
  const { t } = useTranslation();
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm<RoomFormValues>({
    initialValues,
    validate: { code: (v) => (v.trim() === '' ? t('common.required') : null) },
  });

  const submit = form.onSubmit(async (values) => {
    clearFailure();
    try {
      await save(values);
    } catch (error) {
      onError(error, {
        fields: kFields,
        setFieldError: form.setFieldError,
        conflicts: { code: t('clinics.rooms.duplicateCode') },
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormFailure message={failure} />
        <TextInput label={t('clinics.rooms.code')} required data-autofocus {...form.getInputProps('code')} />
        <TextInput label={t('clinics.rooms.name')} {...form.getInputProps('name')} />
        <NativeSelect
          label={t('clinics.rooms.kind')}
          data={kRoomKinds.map((kind) => ({ value: kind, label: t(`clinics.kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        {floors && (
          <NativeSelect
            label={t('clinics.rooms.floor')}
            data={floors.map((f) => ({ value: String(f.id), label: floorLabel(t, f) }))}
            {...form.getInputProps('floor_id')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('clinics.rooms.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
