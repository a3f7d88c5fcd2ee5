import { Text } from '@mantine/core';
import { Fragment, useState, type CSSProperties, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, GridColumn } from '@/features/appointments/types';
import { grabbedRowMinutes, type GridPoint } from '@/features/appointments/utils/drag-reschedule';
import { kStatusColor, statusLabelKey } from '@/features/appointments/utils/status-actions';
import {
  assignLanes,
  formatMinutes,
  type HoursBlock,
  kSlotMinutes,
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
  /** Whether a turno may be dragged to another time, doctor, room or day. */
  canMove: (appointment: Appointment) => boolean;
  /** A turno dropped: grabbed on the row `grab`, let go on `minutes` of `column`. */
  onMove: (appointment: Appointment, grab: GridPoint, column: GridColumn, minutes: number) => void;
  /** The turno whose move the server is deciding (shown where it was dropped, faded). */
  movingId: number | null;
}

/** The turno being dragged, the row it was grabbed on, and how far below its top that row is. */
interface DragState {
  appointment: Appointment;
  grab: GridPoint;
  grabRowOffset: number;
  span: number;
}

/** Where the dragged turno would land: column index and the row under the pointer. */
interface DropHint {
  column: number;
  row: number;
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
 * buttons `appointment-<id>` laid over the rows they cover. A secretary drags a turno
 * (native HTML5 drag and drop) onto any row of any column to reschedule it; while a drag
 * is on, turnos let the pointer through so every row below them is a drop target.
 */
export function AgendaGrid({
  columns,
  appointments,
  timeZone,
  clinicId,
  hours,
  canBook,
  dated,
  onSlot,
  onOpen,
  canMove,
  onMove,
  movingId,
}: AgendaGridProps) {
  const { t } = useTranslation();
  const [drag, setDrag] = useState<DragState | null>(null);
  const [hint, setHint] = useState<DropHint | null>(null);
  const endDrag = () => {
    setDrag(null);
    setHint(null);
  };
  // Every cell of the grid is a drop target while a turno is being dragged.
  const dropHandlers = (column: GridColumn, index: number, row: number, minutes: number) => ({
    onDragEnter: (e: DragEvent) => {
      if (!drag) return;
      e.preventDefault();
      if (hint?.column !== index || hint.row !== row) setHint({ column: index, row });
    },
    onDragOver: (e: DragEvent) => {
      if (!drag) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
    },
    onDrop: (e: DragEvent) => {
      if (!drag) return;
      e.preventDefault();
      endDrag();
      onMove(drag.appointment, drag.grab, column, minutes);
    },
  });
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
              const drop = canBook ? dropHandlers(c, i, r, m) : {};
              if (!canBook || c.doctorId === null) {
                return <div key={c.key} style={style} data-testid={`cell-${c.key}-${formatMinutes(m)}`} {...drop} />;
              }
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
                  {...drop}
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
            canMove={canMove}
            movingId={movingId}
            dragging={drag !== null}
            onGrab={(a, grab, grabRowOffset, span) => setDrag({ appointment: a, grab, grabRowOffset, span })}
            onDragEnd={endDrag}
          />
        ))}
        {drag && hint && (
          <div
            aria-hidden
            data-testid="drop-hint"
            style={{
              gridColumn: hint.column + 2,
              gridRow: `${Math.max(0, hint.row - drag.grabRowOffset) + 2} / span ${drag.span}`,
              zIndex: 3,
              pointerEvents: 'none',
              border: '2px dashed var(--mantine-color-blue-6)',
              borderRadius: 3,
              background: 'color-mix(in srgb, var(--mantine-color-blue-2) 40%, transparent)',
            }}
          />
        )}
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
  canMove,
  movingId,
  dragging,
  onGrab,
  onDragEnd,
}: {
  column: GridColumn;
  index: number;
  appointments: readonly Appointment[];
  timeZone: string;
  onOpen: (a: Appointment) => void;
  canMove: (a: Appointment) => boolean;
  movingId: number | null;
  dragging: boolean;
  onGrab: (a: Appointment, grab: GridPoint, grabRowOffset: number, span: number) => void;
  onDragEnd: () => void;
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
    const moving = a.id === movingId;
    const movable = !moving && canMove(a);
    return (
      <button
        key={a.id}
        type="button"
        data-testid={`appointment-${a.id}`}
        data-status={a.status}
        data-moving={moving || undefined}
        aria-label={`${a.patient_name ?? ''} · ${a.practice_name ?? ''} · ${status}`}
        aria-busy={moving || undefined}
        title={movable ? t('appointments.agenda.dragToMove') : undefined}
        onClick={() => onOpen(a)}
        draggable={movable}
        onDragStart={(e) => {
          if (!movable) return;
          e.dataTransfer.setData('text/plain', String(a.id));
          e.dataTransfer.effectAllowed = 'move';
          const grabbed = grabbedRowMinutes(row, span, e.clientY - e.currentTarget.getBoundingClientRect().top, kRowHeight);
          onGrab(a, { date: column.date, minutes: grabbed }, (grabbed - slots[row]!) / kSlotMinutes, span);
        }}
        onDragEnd={onDragEnd}
        style={{
          gridColumn: index + 2,
          gridRow: `${row + 2} / span ${span}`,
          width: `calc(${100 / count}% - 4px)`,
          marginLeft: `calc(${(100 * lane) / count}% + 2px)`,
          zIndex: 2,
          overflow: 'hidden',
          textAlign: 'left',
          padding: '1px 4px',
          cursor: moving ? 'progress' : movable ? 'grab' : 'pointer',
          // Let a drag's pointer reach the rows below (drop targets), this block's own included.
          pointerEvents: dragging ? 'none' : undefined,
          border: 'none',
          borderLeft: `4px solid var(--mantine-color-${color}-6)`,
          borderRadius: 3,
          background: `var(--mantine-color-${color}-1)`,
          color: 'var(--mantine-color-text)',
          opacity: moving || a.status === 'cancelled' || a.status === 'no_show' ? 0.6 : 1,
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
