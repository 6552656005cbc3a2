import type { SeedMeta } from '../seedMetaSchema.ts';
import type { ArticleRead } from './articleRead.ts';

/**
 * The metadata the pipeline uses for an article: what its page says, field by field overruled
 * by its sidecar. Undefined when neither says anything, as for a plain text file on its own.
 */
export function articleMeta(
  article: ArticleRead,
  sidecar: SeedMeta | undefined,
): SeedMeta | undefined {
  const page: SeedMeta = {
    ...(article.title !== null ? { title: article.title } : {}),
    ...(article.outlet !== null ? { outlet: article.outlet } : {}),
    ...(article.url !== null ? { url: article.url } : {}),
    ...(article.published !== null ? { published: article.published } : {}),
  };
  const merged: SeedMeta = { ...page, ...sidecar };
  return Object.keys(merged).length === 0 && sidecar === undefined ? undefined : merged;
}
