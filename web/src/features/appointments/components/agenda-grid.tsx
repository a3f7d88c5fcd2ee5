import { Text } from '@mantine/core';
import { Fragment, useEffect, useMemo, useRef, useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, GridColumn } from '@/features/appointments/types';
import { grabbedRowMinutes, type GridPoint } from '@/features/appointments/utils/drag-reschedule';
import { isLive, kStatusColor, statusLabelKey } from '@/features/appointments/utils/status-actions';
import {
  columnLayout,
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
  /** The turnos of the view are being fetched: the grid says so instead of looking empty. */
  loading: boolean;
  onSlot: (column: GridColumn, minutes: number) => void;
  onOpen: (appointment: Appointment) => void;
  /** Whether a turno may be dragged to another time, doctor, room or day. */
  canMove: (appointment: Appointment) => boolean;
  /** A turno dropped: grabbed on the row `grab`, let go on `minutes` of `column`. */
  onMove: (appointment: Appointment, grab: GridPoint, column: GridColumn, minutes: number) => void;
  /** The turno whose move the server is deciding (shown where it was dropped, faded). */
  movingId: number | null;
  /** Changed by the agenda when a dialog it opened from the grid closes: focus returns to the grid's current cell. */
  focusRequest: number;
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

/** A turno drawn in a column: its rows. */
interface Block {
  a: Appointment;
  row: number;
  span: number;
}

const kRowHeight = 24;
const slots = slotStarts();

function belongs(a: Appointment, c: GridColumn): boolean {
  return c.doctorId !== null ? a.doctor_id === c.doctorId : a.room_id === c.roomId;
}

/**
 * The time grid: one row per 15 minutes from 07:00 to 21:00 (clinic time), one column per
 * doctor, room or day. An ARIA grid with one tab stop (roving tabindex): arrow keys move
 * between cells (a turno is one cell however many rows it covers), Home/End to the row's
 * ends, PageUp/PageDown an hour; Enter books an empty slot or opens the turno. Empty
 * slots of doctor columns are buttons `slot-<doctorId>-<HH:MM>` (week view:
 * `slot-<doctorId>-<YYYY-MM-DD>-<HH:MM>`); turnos are buttons `appointment-<id>` drawn at
 * their true size in one lane per column (see columnLayout). A secretary drags a turno
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
  loading,
  onSlot,
  onOpen,
  canMove,
  onMove,
  movingId,
  focusRequest,
}: AgendaGridProps) {
  const { t } = useTranslation();
  const [drag, setDrag] = useState<DragState | null>(null);
  const [hint, setHint] = useState<DropHint | null>(null);
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLDivElement>(null);
  // Whether the grid should hold the focus (a cell was focused and focus did not leave),
  // so a cell replaced on refetch (a slot just booked becomes its turno) gets it back.
  const wantFocus = useRef(false);

  // Per column: the turnos drawn and which one covers each row.
  const layout = useMemo(
    () =>
      columns.map((c) => {
        const placed = appointments
          .filter((a) => belongs(a, c))
          .flatMap((a) => {
            const p = placeOnDay(new Date(a.start), new Date(a.end), c.date, timeZone);
            return p ? [{ a, ...p }] : [];
          });
        const { drawn, cover } = columnLayout(
          placed.map((p) => ({ id: p.a.id, start: p.row, end: p.row + p.span, live: isLive(p.a.status) })),
        );
        const blocks = new Map<number, Block>(placed.filter((p) => drawn.includes(p.a.id)).map((p) => [p.a.id, p]));
        return { blocks, cover };
      }),
    [columns, appointments, timeZone],
  );

  const col = Math.min(active.col, Math.max(0, columns.length - 1));
  const row = Math.min(active.row, slots.length - 1);
  const blockAt = (r: number, c: number): Block | undefined => {
    const id = layout[c]?.cover.get(r);
    return id === undefined ? undefined : layout[c]!.blocks.get(id);
  };
  const navKey = (r: number, c: number) => {
    const b = blockAt(r, c);
    return b ? `a${b.a.id}` : `s${r}-${c}`;
  };
  const activeKey = navKey(row, col);

  const focusActive = () => {
    gridRef.current?.querySelector<HTMLElement>(`[data-nav="${activeKey}"]`)?.focus();
  };
  useEffect(() => {
    if (focusRequest === 0) return;
    wantFocus.current = true;
    focusActive();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when asked
  }, [focusRequest]);
  useEffect(() => {
    if (wantFocus.current && (document.activeElement === document.body || document.activeElement === null)) focusActive();
  });

  const move = (r: number, c: number) => {
    const next = { row: Math.max(0, Math.min(slots.length - 1, r)), col: Math.max(0, Math.min(columns.length - 1, c)) };
    setActive(next);
    const key = navKey(next.row, next.col);
    // Focus now: the element exists already (the cell or the turno over it).
    gridRef.current?.querySelector<HTMLElement>(`[data-nav="${key}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const b = blockAt(row, col);
    const top = b ? b.row : row;
    const bottom = b ? b.row + b.span - 1 : row;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(bottom + 1, col),
      ArrowUp: () => move(top - 1, col),
      ArrowRight: () => move(top, col + 1),
      ArrowLeft: () => move(top, col - 1),
      Home: () => move(top, 0),
      End: () => move(top, columns.length - 1),
      PageDown: () => move(bottom + 60 / kSlotMinutes, col),
      PageUp: () => move(top - 60 / kSlotMinutes, col),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  const cellProps = (r: number, c: number) => ({
    'data-nav': navKey(r, c),
    tabIndex: navKey(r, c) === activeKey ? 0 : -1,
    onFocus: () => {
      wantFocus.current = true;
      const b = blockAt(r, c);
      const at = { row: b ? b.row : r, col: c };
      if (at.row !== active.row || at.col !== active.col) setActive(at);
    },
  });

  const endDrag = () => {
    setDrag(null);
    setHint(null);
  };
  // Every cell of the grid is a drop target while a turno is being dragged.
  const dropHandlers = (column: GridColumn, index: number, r: number, minutes: number) => ({
    onDragEnter: (e: DragEvent) => {
      if (!drag) return;
      e.preventDefault();
      if (hint?.column !== index || hint.row !== r) setHint({ column: index, row: r });
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
      className="agenda-grid-scroll"
      aria-busy={loading || undefined}
      style={{ overflow: 'auto', maxHeight: '72vh', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, position: 'relative' }}
    >
      {loading && (
        <div role="status" data-testid="agenda-loading" className="agenda-loading" style={loadingBanner}>
          {t('appointments.agenda.loading')}
        </div>
      )}
      <div
        ref={gridRef}
        role="grid"
        aria-label={t('appointments.agenda.gridLabel')}
        aria-rowcount={slots.length + 1}
        aria-colcount={columns.length + 1}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Focus moved out of the grid (into a dialog, elsewhere on the page).
          if (e.relatedTarget && !gridRef.current?.contains(e.relatedTarget as Node)) wantFocus.current = false;
        }}
        style={{ ...template, opacity: loading ? 0.45 : 1 }}
      >
        <div role="row" aria-rowindex={1} style={{ display: 'contents' }}>
          <div role="columnheader" style={{ ...headerCell, left: 0, zIndex: 4 }}>
            {t('appointments.agenda.time')}
          </div>
          {columns.map((c, i) => (
            <div
              key={c.key}
              role="columnheader"
              title={c.sublabel ? `${c.label} · ${c.sublabel}` : c.label}
              style={{ ...headerCell, gridColumn: i + 2 }}
              data-testid={`agenda-column-${c.key}`}
            >
              <Text size="sm" fw={600} lineClamp={2} style={{ wordBreak: 'break-word' }}>
                {c.label}
              </Text>
              {c.sublabel && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {c.sublabel}
                </Text>
              )}
            </div>
          ))}
        </div>
        {slots.map((m, r) => (
          <div key={m} role="row" aria-rowindex={r + 2} style={{ display: 'contents' }}>
            <div role="rowheader" style={{ ...timeCell, gridRow: r + 2, borderTop: rowBorder(m) }}>
              {m % 60 === 0 ? formatMinutes(m) : <span style={visuallyHidden}>{formatMinutes(m)}</span>}
            </div>
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
              const block = blockAt(r, i);
              const suffix = c.doctorId === null ? `${c.key}-${hhmm}` : dated ? `${c.doctorId}-${c.date}-${hhmm}` : `${c.doctorId}-${hhmm}`;
              if (block) {
                // Under a turno: a drop target only (test id `under-…`); the turno itself is the cell.
                return (
                  <Fragment key={c.key}>
                    <div aria-hidden style={style} data-testid={`under-${suffix}`} {...drop} />
                    {block.row === r && (
                      <TurnoBlock
                        block={block}
                        column={c}
                        index={i}
                        onOpen={onOpen}
                        canMove={canMove}
                        movingId={movingId}
                        dragging={drag !== null}
                        onGrab={(a, grab, grabRowOffset, span) => setDrag({ appointment: a, grab, grabRowOffset, span })}
                        onDragEnd={endDrag}
                        nav={cellProps(r, i)}
                      />
                    )}
                  </Fragment>
                );
              }
              if (!canBook || c.doctorId === null) {
                return (
                  <div
                    key={c.key}
                    role="gridcell"
                    aria-label={`${c.label}, ${hhmm}`}
                    style={style}
                    data-testid={`cell-${c.key}-${hhmm}`}
                    {...cellProps(r, i)}
                    {...drop}
                  />
                );
              }
              const id = `slot-${suffix}`;
              return (
                <button
                  key={c.key}
                  type="button"
                  role="gridcell"
                  data-testid={id}
                  data-in-hours={open}
                  aria-label={t('appointments.agenda.bookSlot', { doctor: c.label, date: c.date, time: hhmm })}
                  style={{ ...slotButton, ...style }}
                  onClick={() => onSlot(c, m)}
                  {...cellProps(r, i)}
                  {...drop}
                />
              );
            })}
          </div>
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

function TurnoBlock({
  block: { a, row, span },
  column,
  index,
  onOpen,
  canMove,
  movingId,
  dragging,
  onGrab,
  onDragEnd,
  nav,
}: {
  block: Block;
  column: GridColumn;
  index: number;
  onOpen: (a: Appointment) => void;
  canMove: (a: Appointment) => boolean;
  movingId: number | null;
  dragging: boolean;
  onGrab: (a: Appointment, grab: GridPoint, grabRowOffset: number, span: number) => void;
  onDragEnd: () => void;
  nav: { 'data-nav': string; tabIndex: number; onFocus: () => void };
}) {
  const { t } = useTranslation();
  const color = kStatusColor[a.status];
  const status = t(statusLabelKey(a.status));
  const moving = a.id === movingId;
  const movable = !moving && canMove(a);
  const freed = !isLive(a.status);
  return (
    <button
      type="button"
      role="gridcell"
      data-testid={`appointment-${a.id}`}
      data-status={a.status}
      data-moving={moving || undefined}
      aria-label={`${a.patient_name ?? ''} · ${a.practice_name ?? ''} · ${status}`}
      aria-busy={moving || undefined}
      title={`${a.patient_name ?? ''} · ${a.practice_name ?? ''} · ${status}${movable ? ` — ${t('appointments.agenda.dragToMove')}` : ''}`}
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
      className="agenda-turno"
      {...nav}
      style={{
        gridColumn: index + 2,
        gridRow: `${row + 2} / span ${span}`,
        margin: '0 2px',
        zIndex: 2,
        overflow: 'hidden',
        textAlign: 'left',
        padding: '1px 4px',
        cursor: moving ? 'progress' : movable ? 'grab' : 'pointer',
        // Let a drag's pointer reach the rows below (drop targets), this block's own included.
        pointerEvents: dragging ? 'none' : undefined,
        border: freed ? '1px dashed var(--mantine-color-gray-5)' : 'none',
        borderLeft: `4px solid var(--mantine-color-${color}-6)`,
        borderRadius: 3,
        background: `var(--mantine-color-${color}-1)`,
        color: 'var(--mantine-color-text)',
        opacity: moving || freed ? 0.6 : 1,
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

const loadingBanner: CSSProperties = {
  position: 'absolute',
  top: 48,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 5,
  padding: '6px 14px',
  borderRadius: 4,
  background: 'var(--mantine-color-blue-0)',
  border: '1px solid var(--mantine-color-blue-3)',
  color: 'var(--mantine-color-text)',
  fontSize: 14,
};

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
