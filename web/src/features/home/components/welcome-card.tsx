import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@/lib/api-models';
import { roleLabelKey } from '@/lib/roles';

export function WelcomeCard({ user }: { user: Pick<User, 'full_name' | 'role'> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" maw={560}>
      <Title order={2}>{t('home.greeting', { name: user.full_name })}</Title>
      <Text c="dimmed" mt="xs">
        {t('home.role', { role: t(roleLabelKey(user.role)) })}
      </Text>
    </Card>
  );
}
