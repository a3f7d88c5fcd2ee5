import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useFollowUpPlans } from '@/features/records/api/get-follow-up-plans';
import { useUpdateFollowUpPlan } from '@/features/records/api/update-follow-up-plan';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import type { FollowUpPlan } from '@/features/records/types';

const STATUS_COLOR: Record<FollowUpPlan['status'], string> = { active: 'teal', paused: 'yellow', ended: 'gray' };

/**
 * The patient's follow-up plans in the doctor's chart: interval, next due date and status,
 * with Pausar / Reanudar / Finalizar. Ended plans are final and show no buttons.
 */
export function FollowUpPlans({
  patientId,
  diagnosisLabel,
}: {
  patientId: number;
  diagnosisLabel: (originalId: number) => string | null;
}) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const plans = useFollowUpPlans(patientId);
  const update = useUpdateFollowUpPlan(patientId);
  const change = (plan: FollowUpPlan, status: FollowUpPlan['status']) =>
    update.mutate({ planId: plan.id, body: { status } });

  return (
    <Paper withBorder p="md" data-testid="follow-up-plans">
      <Title order={3} size="h5" mb="sm">
        {t('records.followUp.title')}
      </Title>
      {update.isError && <ErrorAlert error={update.error} />}
      {plans.isPending && <Loading />}
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.isSuccess && plans.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('records.followUp.empty')}
        </Text>
      )}
      {plans.isSuccess && plans.data.length > 0 && (
        <Stack gap="sm">
          {plans.data.map((plan) => {
            const diagnosis = plan.diagnosis_id === null ? null : diagnosisLabel(plan.diagnosis_id);
            const busy = update.isPending && update.variables?.planId === plan.id;
            return (
              <div
                key={plan.id}
                data-testid={`follow-up-plan-${plan.id}`}
                data-status={plan.status}
                data-treatment-id={plan.treatment_id ?? undefined}
              >
                <Group gap="xs">
                  <Text fw={600}>{t('records.followUp.every', { count: plan.interval_days })}</Text>
                  <Badge color={STATUS_COLOR[plan.status]} variant="light">
                    {t(`records.followUp.status.${plan.status}`)}
                  </Badge>
                </Group>
                {plan.status !== 'ended' && (
                  <Text size="sm">{t('records.followUp.nextDue', { date: format.day(plan.next_due_on) })}</Text>
                )}
                {diagnosis && (
                  <Text size="sm" c="dimmed">
                    {diagnosis}
                  </Text>
                )}
                {plan.status !== 'ended' && (
                  <Group gap="xs" mt={4}>
                    {plan.status === 'active' ? (
                      <Button size="compact-sm" variant="subtle" loading={busy} onClick={() => change(plan, 'paused')}>
                        {t('records.followUp.pause')}
                      </Button>
                    ) : (
                      <Button size="compact-sm" variant="subtle" loading={busy} onClick={() => change(plan, 'active')}>
                        {t('records.followUp.resume')}
                      </Button>
                    )}
                    <Button size="compact-sm" variant="subtle" color="red" loading={busy} onClick={() => change(plan, 'ended')}>
                      {t('records.followUp.end')}
                    </Button>
                  </Group>
                )}
              </div>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
