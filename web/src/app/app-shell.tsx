import { AppShell, Burger, Button, Divider, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useLogout } from '@/features/auth/api/logout';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { navItemsFor } from '@/lib/navigation';
import { roleLabelKey } from '@/lib/roles';

function isActive(itemPath: string, pathname: string): boolean {
  return itemPath === '/' ? pathname === '/' : pathname === itemPath || pathname.startsWith(`${itemPath}/`);
}

export function HealthPulseShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutMutation = useLogout();
  const [opened, { toggle, close }] = useDisclosure(false);

  const signOut = () => {
    logoutMutation.mutate(undefined, {
      onSettled: () =>
        void Promise.resolve(navigate('/login', { replace: true })).then(() => queryClient.clear()),
    });
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={1} size="h3" c="teal.8">
              {t('app.name')}
            </Title>
          </Group>
          {/* On a phone these move into the menu (the navbar below), so nothing scrolls sideways. */}
          <Group gap="md" wrap="nowrap" visibleFrom="sm">
            <div data-testid="user-menu" aria-label={t('auth.userMenu')} role="group">
              <Text size="sm" fw={600} lh={1.2} data-testid="user-full-name">
                {user.full_name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} data-testid="user-role">
                {t(roleLabelKey(user.role))}
              </Text>
            </div>
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={signOut} loading={logoutMutation.isPending}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {navItemsFor(user.role).map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(item.labelKey)}
            active={isActive(item.path, location.pathname)}
            aria-current={isActive(item.path, location.pathname) ? 'page' : undefined}
            onClick={close}
          />
        ))}
        <Stack gap="xs" mt="md" hiddenFrom="sm" data-testid="mobile-session">
          <Divider />
          <Text size="sm" fw={600}>
            {user.full_name} · {t(roleLabelKey(user.role))}
          </Text>
          <LanguageSwitch />
          <Button variant="default" onClick={signOut} loading={logoutMutation.isPending}>
            {t('auth.logout')}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
