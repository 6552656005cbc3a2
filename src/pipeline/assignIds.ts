/**
 * Unique ids from slugs, in corpus order: the first event with a slug keeps it, later ones get
 * "-2", "-3". Known events own their registry ids; no other event is ever given one of those.
 */
export function assignIds(slugs: { slug: string; known: boolean }[]): string[] {
  const reserved = new Set(slugs.filter((s) => s.known).map((s) => s.slug));
  const used = new Set<string>();
  const next = new Map<string, number>();
  return slugs.map(({ slug, known }) => {
    let id = slug;
    if (!known) {
      let n = next.get(slug) ?? 2;
      while (used.has(id) || reserved.has(id)) id = `${slug}-${n++}`;
      next.set(slug, n);
    }
    used.add(id);
    return id;
  });
}
