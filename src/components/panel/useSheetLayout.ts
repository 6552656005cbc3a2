import { useSyncExternalStore } from 'react';

// Below this width the event panel covers the page as a sheet (see app.css).
export const SHEET_QUERY = '(max-width: 56rem)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(SHEET_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

export function isSheetLayout(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SHEET_QUERY).matches;
}

/** True while the layout shows the event panel as a full-screen sheet. */
export function useSheetLayout(): boolean {
  return useSyncExternalStore(subscribe, isSheetLayout, () => false);
}
