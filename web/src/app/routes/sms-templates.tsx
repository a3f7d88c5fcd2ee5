import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { DeliverySummary } from '@/features/sms-templates/components/delivery-summary';
import { SmsTemplates } from '@/features/sms-templates/components/sms-templates';

export function SmsTemplatesRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('smsTemplates.title')}>
      <DeliverySummary />
      <Divider />
      <SmsTemplates />
    </Page>
  );
}
