import type { AxeResults } from 'axe-core';

/** One readable line per violation and element, so a failure says what to fix and where. */
export function formatAxeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary ?? ''}`,
    ),
  );
}
