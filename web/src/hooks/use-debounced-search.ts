import { useEffect, useRef, useState } from 'react';
import { createDebouncer, normalizeSearch } from '@/lib/debounce';

export const kSearchDebounceMs = 250;

/**
 * Search as you type: `text` follows every keystroke, `query` (normalized) follows it once
 * typing pauses for `delayMs`, so each pause is one request rather than one per key.
 * Clearing the box clears the query at once.
 */
export function useDebouncedSearch(initial = '', delayMs = kSearchDebounceMs) {
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState(() => normalizeSearch(initial));
  const debouncer = useRef(createDebouncer<string>(delayMs, setQuery));

  useEffect(() => {
    const normalized = normalizeSearch(text);
    if (normalized === '') {
      debouncer.current.cancel();
      setQuery('');
    } else {
      debouncer.current.push(normalized);
    }
  }, [text]);

  useEffect(() => () => debouncer.current.cancel(), []);

  return { text, setText, query };
}
