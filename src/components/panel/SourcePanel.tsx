import type { Mention, Source } from '../../data/eventSchema.ts';
import { formatDay } from '../shared/formatEventDate.ts';
import { citationLabel } from './citationLabel.ts';

interface SourcePanelProps {
  mentions: readonly Mention[];
  sourcesById: ReadonlyMap<string, Source>;
  onRead: (mentionIndex: number) => void;
  /** The event's summary: a source titled with it is cited by name instead, as is one titled with a quote. */
  summary?: string;
}

/** Every sentence that supports the event, with who said it and where it was published. */
export function SourcePanel({ mentions, sourcesById, onRead, summary = '' }: SourcePanelProps) {
  const shown = [summary, ...mentions.map((m) => m.quote)];
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">
        Sources <span className="panel-meta">({mentions.length})</span>
      </h3>
      {mentions.length === 0 ? (
        <p className="muted">No source sentences were recorded for this event.</p>
      ) : (
        <ol className="mentions">
          {mentions.map((m, i) => {
            const source = sourcesById.get(m.sourceId);
            return (
              <li key={`${m.sourceId}-${m.start}-${i}`} className="mention">
                <blockquote>{m.quote}</blockquote>
                <p className="attribution">
                  {m.attributedTo !== undefined && (
                    <span className="attributed-to">{m.attributedTo}</span>
                  )}
                  {source !== undefined ? (
                    <span>
                      {m.attributedTo !== undefined ? ' · ' : ''}
                      <cite>{citationLabel(source, shown)}</cite>
                      {/* A middle dot, not a comma: titles taken from a first sentence end in a full stop. */}
                      {source.published !== null && <> · {formatDay(source.published)}</>}
                    </span>
                  ) : (
                    <span>{m.attributedTo !== undefined ? ' · ' : ''}Article unavailable</span>
                  )}
                </p>
                {source !== undefined && (
                  <button type="button" className="link-button" onClick={() => onRead(i)}>
                    Read in article
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
