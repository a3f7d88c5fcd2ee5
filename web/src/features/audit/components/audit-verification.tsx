import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useAuditVerification } from '@/features/audit/api/verify-audit-chain';
import { verificationMessage } from '@/features/audit/utils/verification';

/**
 * The hash chain's state: "Verificar" recomputes it on the server (as `healthpulse audit
 * verify`) and shows OK with the rows checked, or the first row that was edited or whose
 * predecessor was deleted.
 */
export function AuditVerificationPanel() {
  const { t } = useTranslation();
  const verification = useAuditVerification();
  const result = verification.data ? verificationMessage(verification.data) : null;
  return (
    <Paper withBorder p="md" data-testid="audit-verification">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h5">
            {t('audit.verification.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('audit.verification.help')}
          </Text>
        </div>
        <Button onClick={() => void verification.refetch()} loading={verification.isFetching}>
          {t('audit.verification.run')}
        </Button>
      </Group>
      {verification.isError && <ErrorAlert error={verification.error} />}
      {result && verification.data && !verification.isFetching && (
        <Alert
          mt="sm"
          color={verification.data.ok ? 'teal' : 'red'}
          data-testid="audit-verification-result"
          data-ok={verification.data.ok}
          title={t(verification.data.ok ? 'audit.verification.okTitle' : 'audit.verification.brokenTitle')}
        >
          {t(result.key, result.values)}
        </Alert>
      )}
    </Paper>
  );
}
