import { Text } from '@mantine/core';
import { Fragment, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, GridColumn } from '@/features/appointments/types';
import { kStatusColor, statusLabelKey } from '@/features/appointments/utils/status-actions';
import {
  assignLanes,
  formatMinutes,
  type HoursBlock,
  placeOnDay,
  slotStarts,
  weekdayOf,
  withinHours,
} from '@/features/appointments/utils/time-grid';

interface AgendaGridProps {
  columns: readonly GridColumn[];
  appointments: readonly Appointment[];
  timeZone: string;
  clinicId: number;
  /** Doctor columns' weekly hours (slots outside them are shaded); absent while loading. */
  hours: ReadonlyMap<number, readonly HoursBlock[]>;
  /** False for admins: slots are not buttons. */
  canBook: boolean;
  /** Week view: slot test ids carry the date. */
  dated: boolean;
  onSlot: (column: GridColumn, minutes: number) => void;
  onOpen: (appointment: Appointment) => void;
}

const kRowHeight = 24;
const slots = slotStarts();

function belongs(a: Appointment, c: GridColumn): boolean {
  return c.doctorId !== null ? a.doctor_id === c.doctorId : a.room_id === c.roomId;
}

/**
 * The time grid: one row per 15 minutes from 07:00 to 21:00 (clinic time), one column per
 * doctor, room or day. Empty slots of doctor columns are buttons with test id
 * `slot-<doctorId>-<HH:MM>` (week view: `slot-<doctorId>-<YYYY-MM-DD>-<HH:MM>`); turnos are
 * buttons `appointment-<id>` laid over the rows they cover.
 */
export function AgendaGrid({ columns, appointments, timeZone, clinicId, hours, canBook, dated, onSlot, onOpen }: AgendaGridProps) {
  const { t } = useTranslation();
  const template: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: `64px repeat(${columns.length}, minmax(150px, 1fr))`,
    gridTemplateRows: `auto repeat(${slots.length}, ${kRowHeight}px)`,
    position: 'relative',
  };

  return (
    <div
      data-testid="agenda-grid"
      role="region"
      aria-label={t('appointments.agenda.gridLabel')}
      style={{ overflow: 'auto', maxHeight: '72vh', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
    >
      <div style={template}>
        <div style={{ ...headerCell, left: 0, zIndex: 4 }}>{t('appointments.agenda.time')}</div>
        {columns.map((c, i) => (
          <div key={c.key} style={{ ...headerCell, gridColumn: i + 2 }} data-testid={`agenda-column-${c.key}`}>
            <Text size="sm" fw={600} lineClamp={1}>
              {c.label}
            </Text>
            {c.sublabel && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {c.sublabel}
              </Text>
            )}
          </div>
        ))}
        {slots.map((m, r) => (
          <Fragment key={m}>
            <div style={{ ...timeCell, gridRow: r + 2, borderTop: rowBorder(m) }}>{m % 60 === 0 ? formatMinutes(m) : ''}</div>
            {columns.map((c, i) => {
              const hhmm = formatMinutes(m);
              const open =
                c.doctorId === null ? true : withinHours(hours.get(c.doctorId) ?? [], clinicId, weekdayOf(c.date), m);
              const style: CSSProperties = {
                gridColumn: i + 2,
                gridRow: r + 2,
                borderTop: rowBorder(m),
                borderLeft: '1px solid var(--mantine-color-gray-2)',
                background: open ? 'var(--mantine-color-body)' : 'var(--mantine-color-gray-1)',
              };
              if (!canBook || c.doctorId === null) return <div key={c.key} style={style} />;
              const id = dated ? `slot-${c.doctorId}-${c.date}-${hhmm}` : `slot-${c.doctorId}-${hhmm}`;
              return (
                <button
                  key={c.key}
                  type="button"
                  data-testid={id}
                  data-in-hours={open}
                  aria-label={t('appointments.agenda.bookSlot', { doctor: c.label, date: c.date, time: hhmm })}
                  style={{ ...slotButton, ...style }}
                  onClick={() => onSlot(c, m)}
                />
              );
            })}
          </Fragment>
        ))}
        {columns.map((c, i) => (
          <ColumnBlocks
            key={c.key}
            column={c}
            index={i}
            appointments={appointments.filter((a) => belongs(a, c))}
            timeZone={timeZone}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}

function ColumnBlocks({
  column,
  index,
  appointments,
  timeZone,
  onOpen,
}: {
  column: GridColumn;
  index: number;
  appointments: readonly Appointment[];
  timeZone: string;
  onOpen: (a: Appointment) => void;
}) {
  const { t } = useTranslation();
  const placed = appointments.flatMap((a) => {
    const p = placeOnDay(new Date(a.start), new Date(a.end), column.date, timeZone);
    return p ? [{ a, ...p }] : [];
  });
  const { lanes, count } = assignLanes(placed.map((p) => ({ id: p.a.id, start: p.row, end: p.row + p.span })));
  return placed.map(({ a, row, span }) => {
    const color = kStatusColor[a.status];
    const lane = lanes.get(a.id) ?? 0;
    const status = t(statusLabelKey(a.status));
    return (
      <button
        key={a.id}
        type="button"
        data-testid={`appointment-${a.id}`}
        data-status={a.status}
        aria-label={`${a.patient_name ?? ''} · ${a.practice_name ?? ''} · ${status}`}
        onClick={() => onOpen(a)}
        style={{
          gridColumn: index + 2,
          gridRow: `${row + 2} / span ${span}`,
          width: `calc(${100 / count}% - 4px)`,
          marginLeft: `calc(${(100 * lane) / count}% + 2px)`,
          zIndex: 2,
          overflow: 'hidden',
          textAlign: 'left',
          padding: '1px 4px',
          cursor: 'pointer',
          border: 'none',
          borderLeft: `4px solid var(--mantine-color-${color}-6)`,
          borderRadius: 3,
          background: `var(--mantine-color-${color}-1)`,
          color: 'var(--mantine-color-text)',
          opacity: a.status === 'cancelled' || a.status === 'no_show' ? 0.6 : 1,
          lineHeight: 1.15,
        }}
      >
        <Text size="xs" fw={600} lineClamp={1} span>
          {a.patient_name}
        </Text>{' '}
        <Text size="xs" lineClamp={span > 1 ? 1 : undefined} span>
          {a.practice_name} · {status}
        </Text>
      </button>
    );
  });
}

function rowBorder(minutes: number): string {
  return minutes % 60 === 0 ? '1px solid var(--mantine-color-gray-4)' : '1px dotted var(--mantine-color-gray-2)';
}

const headerCell: CSSProperties = {
  gridRow: 1,
  position: 'sticky',
  top: 0,
  zIndex: 3,
  background: 'var(--mantine-color-gray-0)',
  borderBottom: '1px solid var(--mantine-color-gray-4)',
  padding: '4px 6px',
  fontSize: 12,
};

const timeCell: CSSProperties = {
  gridColumn: 1,
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-gray-0)',
  fontSize: 11,
  paddingLeft: 6,
  color: 'var(--mantine-color-dimmed)',
};

const slotButton: CSSProperties = {
  border: 'none',
  borderLeft: '1px solid var(--mantine-color-gray-2)',
  padding: 0,
  cursor: 'pointer',
};
