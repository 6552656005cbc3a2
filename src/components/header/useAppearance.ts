import { useCallback, useState, useSyncExternalStore } from 'react';

export type Appearance = 'light' | 'dark';

export const APPEARANCE_KEY = 'us-china-timeline.appearance';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readStoredAppearance(): Appearance | null {
  try {
    const v = globalThis.localStorage?.getItem(APPEARANCE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    // Storage can be disabled (private modes, sandboxed frames): follow the system then.
    return null;
  }
}

/** `null` follows the system; the stylesheet keys its colours off this attribute. */
export function applyAppearance(appearance: Appearance | null): void {
  const root = document.documentElement;
  if (appearance === null) delete root.dataset.appearance;
  else root.dataset.appearance = appearance;
}

function subscribeToSystem(onChange: () => void): () => void {
  const mq = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Dark or light as currently shown, and a toggle that remembers the reader's choice. */
export function useAppearance(): { dark: boolean; toggle: () => void } {
  const [stored, setStored] = useState<Appearance | null>(readStoredAppearance);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemPrefersDark, () => false);
  const dark = stored === null ? systemDark : stored === 'dark';
  const toggle = useCallback(() => {
    const next: Appearance = dark ? 'light' : 'dark';
    try {
      localStorage.setItem(APPEARANCE_KEY, next);
    } catch {
      // Not remembered, but still applied for this visit.
    }
    applyAppearance(next);
    setStored(next);
  }, [dark]);
  return { dark, toggle };
}
