import type { EventStatus } from '../../data/eventSchema.ts';

const LABELS: Record<EventStatus, { icon: string; text: string }> = {
  occurred: { icon: '✓', text: 'Occurred' },
  planned: { icon: '◷', text: 'Planned' },
  ongoing: { icon: '↻', text: 'Ongoing' },
};

/** Status in words and a symbol, so planned and occurred never differ by colour alone. */
export function StatusBadge({ status }: { status: EventStatus }) {
  const { icon, text } = LABELS[status];
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
