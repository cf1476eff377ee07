import { createSignal, onCleanup, startTransition, type Accessor } from 'solid-js';

/**
 * Search as you type: the query follows the typed text once typing pauses, inside a transition,
 * so the results on screen stay until the new ones have arrived.
 */
export function createSearch(delayMs = 200): [query: Accessor<string>, type: (text: string) => void] {
  const [query, setQuery] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const type = (text: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => void startTransition(() => setQuery(text.trim())), delayMs);
  };
  return [query, type];
}
