/** ISO weekdays as the API numbers them: 1 = Monday .. 7 = Sunday. */
export const kWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof kWeekdays)[number];

/** i18n key of a weekday's name ("Lunes", ...). */
export function weekdayLabelKey(weekday: number): string {
  return `weekdays.${weekday}`;
}
