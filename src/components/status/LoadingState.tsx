export function LoadingState() {
  return (
    <div className="state-card" role="status">
      <span className="spinner" aria-hidden="true" />
      <p>Loading events…</p>
    </div>
  );
}
