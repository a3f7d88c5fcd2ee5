import { describe, expect, it } from 'vitest';

import { splitEvents } from '@/features/appointments/hooks/use-live-refresh';

describe('splitEvents', () => {
  it('returns complete events and keeps the unfinished rest', () => {
    const { events, rest } = splitEvents(
      ': connected\n\nevent: appointment\ndata: {"appointment_id":1}\n\nevent: appointment\ndata: {"app',
    );
    expect(events).toEqual(['event: appointment\ndata: {"appointment_id":1}']);
    expect(rest).toBe('event: appointment\ndata: {"app');
  });

  it('ignores heartbeats and accepts CRLF', () => {
    expect(splitEvents(': ping\r\n\r\n').events).toEqual([]);
    expect(splitEvents('data: x\r\n\r\n').events).toEqual(['data: x']);
  });
});
