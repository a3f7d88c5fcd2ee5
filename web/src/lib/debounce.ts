/** Search text as the API should get it: trimmed, inner runs of spaces collapsed. */
export function normalizeSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export interface Debouncer<T> {
  /** Schedules `value`, replacing any value still waiting. */
  push(value: T): void;
  /** Drops the waiting value. */
  cancel(): void;
}

/** Calls `emit` with the last pushed value once `delayMs` pass without another push. */
export function createDebouncer<T>(delayMs: number, emit: (value: T) => void): Debouncer<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    push(value: T) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        emit(value);
      }, delayMs);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
