import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const retries = new WeakMap<ComponentType, () => void>();

/**
 * Like React.lazy, but a failed load is not final. React.lazy keeps a rejected import forever,
 * so an error boundary's "Try again" would fail at once without asking the network again; after
 * `retryLazy(component)` the next render imports afresh (browsers retry a failed dynamic import).
 * The swap waits for that explicit call: swapping on failure would make React's own re-render
 * after the error start a new import, and fail, endlessly.
 */
export function lazyWithRetry(load: () => Promise<{ default: ComponentType }>): ComponentType {
  let failed = false;
  const fresh = (): LazyExoticComponent<ComponentType> =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
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
