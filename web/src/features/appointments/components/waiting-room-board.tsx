import { Alert, Anchor, Badge, Box, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFound } from '@/components/not-found';
import { useWaitingRoomBoard } from '@/features/appointments/api/get-waiting-room-board';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import { useLiveRefresh } from '@/features/appointments/hooks/use-live-refresh';
import { useNow } from '@/features/appointments/hooks/use-now';
import type { BoardLine } from '@/features/appointments/types';
import { boardRefetchInterval, justCalled } from '@/features/appointments/utils/waiting-room';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { isApiError } from '@/lib/api-error';

const kDefaultZone = 'America/Argentina/Buenos_Aires';

/**
 * The waiting-room screen of one clinic, full screen and readable from across the room:
 * who waits (first name and initial, booked time, doctor) and who is in which consulting
 * room. Live from the clinic's event stream, with a slow refetch as a safety net.
 */
export function WaitingRoomBoard({ clinicId }: { clinicId: number }) {
  const { t } = useTranslation();
  const catalog = useClinicsCatalog();
  const livePolling = useLiveRefresh(clinicId);
  const board = useWaitingRoomBoard(clinicId, boardRefetchInterval(livePolling));
  const now = useNow();
  const clinic = catalog.data?.find((c) => c.id === clinicId) ?? null;
  const zone = clinic?.timezone || kDefaultZone;

  useEffect(() => {
    document.title = `${t('appointments.board.title')}${clinic ? ` · ${clinic.name}` : ''} · ${t('app.name')}`;
  }, [t, clinic]);

  if (board.isPending) {
    return (
      <Center h="100vh" style={screen}>
        <Loader color="gray" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (board.isError && !board.data) {
    if (isApiError(board.error) && board.error.status === 404) return <NotFound />;
    return (
      <Center h="100vh" style={screen}>
        <Alert color="red" role="alert" title={t('appointments.board.unavailable')}>
          <Button variant="white" color="red" onClick={() => void board.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      </Center>
    );
  }

  const { waiting, in_progress: inProgress } = board.data;
  return (
    <Box style={screen} mih="100vh" p={{ base: 'md', md: 'xl' }} data-testid="waiting-room-board" data-clinic-id={clinicId}>
      <Stack gap="xl" mih="calc(100vh - 4rem)">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={1} style={{ fontSize: 'clamp(2rem, 4vw, 3.5rem)', lineHeight: 1.1 }}>
              {t('appointments.board.title')}
            </Title>
            <Text style={{ fontSize: 'clamp(1.2rem, 2vw, 2rem)' }} c="gray.4">
              {clinic?.name}
            </Text>
          </div>
          <Clock now={now} timeZone={zone} />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" style={{ flex: 1 }}>
          <Column title={t('appointments.board.waiting')} count={waiting.length} testId="board-waiting">
            {waiting.length === 0 ? (
              <Empty>{t('appointments.board.noneWaiting')}</Empty>
            ) : (
              waiting.map((line) => <WaitingLine key={line.appointment_id} line={line} timeZone={zone} />)
            )}
          </Column>
          <Column title={t('appointments.board.inProgress')} count={inProgress.length} testId="board-in-progress">
            {inProgress.length === 0 ? (
              <Empty>{t('appointments.board.noneInProgress')}</Empty>
            ) : (
              inProgress.map((line) => <InProgressLine key={line.appointment_id} line={line} now={now} />)
            )}
          </Column>
        </SimpleGrid>
        <Group justify="space-between" c="gray.6">
          <Text size="sm">{t('appointments.board.liveHint')}</Text>
          <Group gap="md">
            <FullScreenButton />
            <Anchor component={Link} to="/waiting-room" size="sm" c="gray.5">
              {t('appointments.board.leave')}
            </Anchor>
          </Group>
        </Group>
      </Stack>
    </Box>
  );
}

function Clock({ now, timeZone }: { now: Date; timeZone: string }) {
  const { time, longDay } = useFormatTime();
  return (
    <div style={{ textAlign: 'right' }} data-testid="board-clock">
      <Text component="time" style={{ fontSize: 'clamp(2.5rem, 6vw, 5rem)', fontWeight: 700, lineHeight: 1, fontVariantNumeric: 'tabular-nums' }}>
        {time(now.toISOString(), timeZone)}
      </Text>
      <Text style={{ fontSize: 'clamp(1rem, 1.6vw, 1.5rem)' }} c="gray.4">
        {longDay(now, timeZone)}
      </Text>
    </div>
  );
}

function Column({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  return (
    <Stack gap="md" p="lg" style={{ background: 'var(--mantine-color-dark-6)', borderRadius: 12 }}>
      <Group justify="space-between">
        <Title order={2} style={{ fontSize: 'clamp(1.6rem, 3vw, 2.6rem)' }}>
          {title}
        </Title>
        <Badge size="xl" color="gray" variant="filled" aria-hidden>
          {count}
        </Badge>
      </Group>
      <Stack gap="sm" role="list" aria-label={title} aria-live="polite" data-testid={testId}>
        {children}
      </Stack>
    </Stack>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text role="listitem" c="gray.5" style={{ fontSize: 'clamp(1.2rem, 2vw, 1.8rem)' }}>
      {children}
    </Text>
  );
}

function WaitingLine({ line, timeZone }: { line: BoardLine; timeZone: string }) {
  const { t } = useTranslation();
  const { time } = useFormatTime();
  return (
    <div role="listitem" data-testid={`board-line-${line.appointment_id}`} style={lineStyle}>
      <Text style={nameStyle}>{line.display_name}</Text>
      <Text style={detailStyle} c="gray.1">
        {t('appointments.board.bookedAt', { time: time(line.start, timeZone) })} · {line.doctor_name}
      </Text>
    </div>
  );
}

function InProgressLine({ line, now }: { line: BoardLine; now: Date }) {
  const { t } = useTranslation();
  const fresh = justCalled(line, now);
  return (
    <div
      role="listitem"
      data-testid={`board-line-${line.appointment_id}`}
      data-just-called={fresh}
      style={{ ...lineStyle, ...(fresh ? { background: 'var(--mantine-color-teal-9)', outline: '3px solid var(--mantine-color-teal-4)' } : {}) }}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text style={nameStyle}>{line.display_name}</Text>
        <Text style={{ ...nameStyle, color: 'var(--mantine-color-yellow-4)', whiteSpace: 'nowrap' }} data-testid="board-room">
          <span aria-hidden>→ </span>
          {line.room_code}
        </Text>
      </Group>
      {/* gray.3 on the just-called teal is 3.8:1; white is 5.0:1 (WCAG AA asks 4.5 at this size). */}
      <Text style={detailStyle} c={fresh ? 'white' : 'gray.3'}>
        {line.doctor_name}
        {fresh && ` · ${t('appointments.board.justCalled')}`}
      </Text>
    </div>
  );
}

/** Asks the browser for full screen (a kiosk screen usually starts so already). */
function FullScreenButton() {
  const { t } = useTranslation();
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      c="gray.5"
      onClick={() => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen();
      }}
    >
      {t('appointments.board.fullScreen')}
    </Anchor>
  );
}

const screen: CSSProperties = {
  background: 'var(--mantine-color-dark-8)',
  color: 'var(--mantine-color-white)',
};

const lineStyle: CSSProperties = {
  padding: '0.6rem 1rem',
  borderRadius: 8,
  background: 'var(--mantine-color-dark-5)',
};

const nameStyle: CSSProperties = { fontSize: 'clamp(1.8rem, 3.2vw, 3rem)', fontWeight: 700, lineHeight: 1.15 };
const detailStyle: CSSProperties = { fontSize: 'clamp(1.1rem, 1.8vw, 1.6rem)' };
