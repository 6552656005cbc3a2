import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const retries = new WeakMap<ComponentType, () => void>();

/**
 * Like React.lazy, but a failed load is not final. React.lazy keeps a rejected import forever,
 * so an error boundary's "Try again" would fail at once without asking the network again; after
 * `retryLazy(component)` the next render imports afresh, and tells the loader it is a retry: some
 * browsers keep a failed dynamic import's error for its URL (see retryImport).
 * The swap waits for that explicit call: swapping on failure would make React's own re-render
 * after the error start a new import, and fail, endlessly.
 */
export function lazyWithRetry(
  load: (attempt: number) => Promise<{ default: ComponentType }>,
): ComponentType {
  let failed = false;
  // Which try this is: a loader may ask for the module afresh on a retry (retryImport).
  let attempt = 0;
  const fresh = (): LazyExoticComponent<ComponentType> => {
    const tryNumber = attempt++;
    return lazy(() =>
      load(tryNumber).catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
  };
  let current = fresh();
  function Retrying() {
    const Current = current;
    return <Current />;
  }
  retries.set(Retrying, () => {
    if (!failed) return;
    failed = false;
    current = fresh();
  });
  return Retrying;
}

/** Lets a component made by lazyWithRetry load again after a failure; a no-op otherwise. */
export function retryLazy(component: ComponentType): void {
  retries.get(component)?.();
}

/**
 * The module a failed dynamic import asked for, fetched again under a new URL: Chromium 150 keeps
 * the failure of "import('./x.js')" for the page's life, so asking the same URL again fails at once
 * without asking the network. The chunk's address is only in the error's message.
 */
export function retryImport<T>(error: unknown, attempt: number): Promise<T> {
  const url = error instanceof Error ? FAILED_MODULE.exec(error.message)?.[1] : undefined;
  if (url === undefined) return Promise.reject(error);
  const next = new URL(url);
  next.searchParams.set('retry', String(attempt));
  return import(/* @vite-ignore */ next.href) as Promise<T>;
}
const FAILED_MODULE = /(https?:\/\/\S+?\.js)\b/;
