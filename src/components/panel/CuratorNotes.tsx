/** What the curator wrote about the event (how a date was settled, what was merged). */
export function CuratorNotes({ notes }: { notes: readonly string[] | undefined }) {
  if (notes === undefined || notes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Curator notes</h3>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
