import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { SmsInbox } from '@/features/sms-inbox/components/sms-inbox';
import { canFollowUpSms } from '@/lib/navigation';

export function SmsInboxRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('smsInbox.title')}>
      <SmsInbox canHandle={canFollowUpSms(user.role)} />
    </Page>
  );
}
