import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useOpenEmergencyAccess } from '@/features/records/api/open-emergency-access';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { type ApiError, isApiError } from '@/lib/api-error';

/**
 * What a doctor sees instead of a record they may not read: the way in by emergency access.
 * The dialog opens at once; with a reason the access is granted and the chart loads.
 */
function reasonProblem(error: ApiError) {
  return error.errors.find((e) => e.field === 'reason');
}

export function EmergencyAccessGate({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const mutation = useOpenEmergencyAccess(patientId);
  const [opened, setOpened] = useState(true);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = () => {
    setFailure(null);
    if (reason.trim() === '') {
      setReasonError(t('records.errors.reasonRequired'));
      return;
    }
    setReasonError(null);
    mutation.mutate(reason.trim(), {
      onError: (error) => {
        if (!isApiError(error)) setFailure(t('common.unexpectedError'));
        else if (error.status === 404) setFailure(t('records.errors.noPatient'));
        else if (error.status === 403) setFailure(t('records.errors.forbidden'));
        else if (error.status === 409) setFailure(t('records.emergency.underCare'));
        else if (reasonProblem(error)) setReasonError(fieldMessage('reason', reasonProblem(error)!.message, reasonProblem(error)!.code));
        else setFailure(problems.line(error));
      },
    });
  };

  return (
    <Stack data-testid="emergency-gate">
      <Alert color="yellow" title={t('records.emergency.notUnderCare')}>
        {t('records.emergency.explain')}
      </Alert>
      <Group>
        <Button color="red" onClick={() => setOpened(true)}>
          {t('records.emergency.open')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('records.emergency.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <Stack>
            <Text size="sm">{t('records.emergency.warning')}</Text>
            <Textarea
              label={t('records.emergency.reason')}
              placeholder={t('records.emergency.reasonPlaceholder')}
              required
              autosize
              minRows={3}
              maxLength={500}
              value={reason}
              error={reasonError}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            <FormFailure message={failure} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={mutation.isPending}>
                {t('records.emergency.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
