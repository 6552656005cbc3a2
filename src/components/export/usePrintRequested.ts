import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

function printMedia(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('print') : null;
}

/**
 * True from the moment the browser prepares to print until printing is over. `beforeprint` is
 * the only moment to add print-only content: the browser lays out the printout right after it,
 * so the update is flushed synchronously. The `print` media query covers the tools (print
 * preview, headless PDF, emulated media) that switch media without firing the events.
 */
export function usePrintRequested(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches === true);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const media = printMedia();
    const onMediaChange = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', onMediaChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', onMediaChange);
    };
  }, []);
  return printing;
}
