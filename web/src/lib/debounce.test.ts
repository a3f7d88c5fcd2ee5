import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer, normalizeSearch } from '@/lib/debounce';

describe('normalizeSearch', () => {
  it('trims and collapses spaces', () => {
    expect(normalizeSearch('  gonz   mar ')).toBe('gonz mar');
    expect(normalizeSearch('   ')).toBe('');
  });
});

describe('createDebouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('emits only the last value once typing pauses', () => {
    const emitted: string[] = [];
    const d = createDebouncer<string>(250, (v) => emitted.push(v));
    d.push('g');
    vi.advanceTimersByTime(100);
    d.push('go');
    vi.advanceTimersByTime(100);
    d.push('gon');
    vi.advanceTimersByTime(249);
    expect(emitted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(emitted).toEqual(['gon']);
  });

  it('emits once per pause', () => {
    const emitted: string[] = [];
    const d = createDebouncer<string>(250, (v) => emitted.push(v));
    d.push('a');
    vi.advanceTimersByTime(300);
    d.push('ab');
    vi.advanceTimersByTime(300);
    expect(emitted).toEqual(['a', 'ab']);
  });

  it('drops a cancelled value', () => {
    const emitted: string[] = [];
    const d = createDebouncer<string>(250, (v) => emitted.push(v));
    d.push('a');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(emitted).toEqual([]);
  });
});
