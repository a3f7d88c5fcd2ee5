import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus } from '@/features/appointments/types';
import { kStatusColor, statusLabelKey } from '@/features/appointments/utils/status-actions';

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={kStatusColor[status]} variant="light" data-testid="appointment-status" data-status={status}>
      {t(statusLabelKey(status))}
    </Badge>
  );
}
