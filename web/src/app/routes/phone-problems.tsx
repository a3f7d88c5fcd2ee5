import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PhoneProblems } from '@/features/sms-inbox/components/phone-problems';
import { canFollowUpSms } from '@/lib/navigation';

export function PhoneProblemsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('smsInbox.phoneProblems.title')}>
      <PhoneProblems canResolve={canFollowUpSms(user.role)} />
    </Page>
  );
}
