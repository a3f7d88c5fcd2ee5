import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';

import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import { getToken } from '@/lib/session';

// Polling while the clinic's live stream is not connected.
export const kAppointmentsPollMs = 30_000;
// A slow refetch while it is: events are sent after commit, so one queued in the instant
// before a server stops is lost, and this heals the view.
export const kConnectedPollMs = 60_000;
const kReconnectMs = 2_000;

/**
 * Splits Server-Sent Events text into complete events (separated by a blank line) and
 * the unfinished rest. Comment-only blocks (": ping") are not events.
 */
export function splitEvents(buffer: string): { events: string[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.filter((block) => block.split('\n').some((line) => line.startsWith('data:')));
  return { events, rest };
}

/**
 * Keeps appointment views live: reads GET /api/v1/clinics/{id}/events with fetch (the
 * token goes in the Authorization header, never in the URL, which EventSource cannot do)
 * and refetches appointments on every event. Returns the polling interval for TanStack
 * Query: a minute while the stream is connected, 30 s otherwise.
 */
export function useLiveRefresh(clinicId: number | null): number | false {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (clinicId == null) return undefined;
    const controller = new AbortController();
    const run = async () => {
      while (!controller.signal.aborted) {
        try {
          const response = await fetch(`/api/v1/clinics/${clinicId}/events`, {
            headers: { Authorization: `Bearer ${getToken() ?? ''}`, Accept: 'text/event-stream' },
            signal: controller.signal,
          });
          if (!response.ok || !response.body) return;
          setConnected(true);
          // Whatever changed while we were away.
          void queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const { events, rest } = splitEvents(buffer + value);
            buffer = rest;
            if (events.length > 0) void queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
          }
        } catch {
          if (controller.signal.aborted) return;
        }
        setConnected(false);
        await new Promise((resolve) => setTimeout(resolve, kReconnectMs));
      }
    };
    void run();
    return () => {
      controller.abort();
      setConnected(false);
    };
  }, [clinicId, queryClient]);

  return connected ? kConnectedPollMs : kAppointmentsPollMs;
}
