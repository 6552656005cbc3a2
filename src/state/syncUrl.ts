import type { StoreApi } from 'zustand';
import type { TimelineState } from './timelineStore.ts';
import { parseUrl, serializeUrl } from './url.ts';

interface BrowserLike {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/**
 * Keeps the address bar and the store in step: opening or closing an event pushes a history
 * entry (so Back steps through opened events), filter, search and zoom changes replace it, and
 * Back/Forward restore the state the URL describes. Returns the function that stops syncing.
 */
export function startUrlSync(
  store: StoreApi<TimelineState>,
  basePath: string,
  browser: BrowserLike = window,
): () => void {
  const currentUrl = () => browser.location.pathname + browser.location.search;
  const write = (method: 'pushState' | 'replaceState', url: string) => {
    try {
      browser.history[method](null, '', url + browser.location.hash);
    } catch {
      // Browsers throttle history calls (Safari throws after ~100 in 30 s); the state itself is
      // fine, only the address bar lags, and the next change writes it again.
    }
  };
  const applyFromLocation = () => {
    store
      .getState()
      .applyUrlState(parseUrl(browser.location.pathname, browser.location.search, basePath));
  };

  applyFromLocation();
  // Garbage in the link is dropped from the address bar too, so a copied URL is a clean one.
  const canonical = serializeUrl(store.getState(), basePath);
  if (canonical !== currentUrl() && !store.getState().unknownPath) write('replaceState', canonical);

  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.selectedId === prev.selectedId &&
      state.themes === prev.themes &&
      state.query === prev.query &&
      state.window === prev.window &&
      state.threadId === prev.threadId
    ) {
      return;
    }
    const next = serializeUrl(state, basePath);
    // After popstate the store already matches the address bar: nothing to write.
    if (next === currentUrl()) return;
    write(state.selectedId !== prev.selectedId ? 'pushState' : 'replaceState', next);
  });
  browser.addEventListener('popstate', applyFromLocation);
  return () => {
    unsubscribe();
    browser.removeEventListener('popstate', applyFromLocation);
  };
}
