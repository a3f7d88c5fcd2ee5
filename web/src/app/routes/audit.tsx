import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { AuditLog } from '@/features/audit/components/audit-log';

export function AuditRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('audit.title')}>
      <AuditLog />
    </Page>
  );
}
