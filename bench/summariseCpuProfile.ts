/** The parts of a DevTools CPU profile (Profiler.stop) that a summary reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time in the window, idle excluded, ms. */
  busyMs: number;
  /** "name file:line" with its own time and with its callees', most first. */
  self: Array<[string, number]>;
  total: Array<[string, number]>;
}

/**
 * Self and inclusive time per function over the samples from the first one inside the input's
 * dispatch (`startInside`) for `windowMs`: what the user waited for, not the harness's set-up.
 * On a loaded machine a sample also counts time the thread waited for a core, so read the
 * shares, not the milliseconds.
 */
export function summariseCpuProfile(
  profile: CpuProfile,
  windowMs: number | null,
  startInside: readonly string[] = ['dispatchDiscreteEvent', 'dispatchEvent'],
  top = 25,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number): string[] => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f !== undefined)
        names.push(`${f.functionName || '(anonymous)'} ${fileOf(f.url)}:${f.lineNumber + 1}`);
    }
    return names;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    times.push(t);
  }
  let from = -Infinity;
  let to = Infinity;
  if (windowMs !== null) {
    const first = profile.samples.findIndex((id) =>
      stack(id).some((name) => startInside.some((s) => name.startsWith(`${s} `))),
    );
    if (first >= 0) {
      from = times[first] ?? from;
      to = from + windowMs * 1000;
    }
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busyMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const at = times[i] ?? 0;
    const id = profile.samples[i];
    if (at < from || at > to || id === undefined) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const names = stack(id);
    if (names[0] === undefined || names[0].startsWith('(idle)')) continue;
    busyMs += ms;
    self.set(names[0], (self.get(names[0]) ?? 0) + ms);
    for (const name of new Set(names)) total.set(name, (total.get(name) ?? 0) + ms);
  }
  const most = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { busyMs, self: most(self), total: most(total) };
}

function fileOf(url: string): string {
  return url.split('/').pop() ?? url;
}
