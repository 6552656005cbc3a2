import { useTimelineStore } from '../../state/timelineStore.ts';
import { serializeUrl } from '../../state/url.ts';
import { PRODUCT_NAME } from '../header/Header.tsx';

interface EmbedBarProps {
  basePath: string;
}

/**
 * Stands in for the header inside an iframe: the product's name, so readers know what they are
 * looking at, and a way out to the same view (event, filters, window) at full size.
 */
export function EmbedBar({ basePath }: EmbedBarProps) {
  const fullViewPath = useTimelineStore((s) => serializeUrl({ ...s, embed: false }, basePath));
  return (
    <div className="embed-bar">
      <p className="embed-bar-title">
        <span className="brand-mark" aria-hidden="true" />
        {PRODUCT_NAME}
      </p>
      <a
        className="embed-bar-link"
        href={new URL(fullViewPath, window.location.origin).href}
        target="_blank"
        rel="noopener"
      >
        Open the full timeline
        <span className="visually-hidden"> (opens in a new tab)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </div>
  );
}
