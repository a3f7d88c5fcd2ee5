import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useDeactivateUser } from '@/features/users/api/deactivate-user';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { User } from '@/lib/api-models';

export function DeactivateUserButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const notifySuccess = useNotifySuccess();
  const mutation = useDeactivateUser(user.id);

  const confirm = () => {
    mutation.mutate(undefined, {
      onSuccess: () => {
        close();
        notifySuccess(t('users.detail.deactivated'));
      },
    });
  };

  return (
    <>
      <Button color="red" variant="outline" onClick={open} disabled={!user.active}>
        {t('users.detail.deactivate')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('users.detail.deactivateTitle')} centered>
        <Text mb="md">{t('users.detail.deactivateBody', { name: user.full_name })}</Text>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={mutation.isPending}>
            {t('users.detail.deactivateConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
