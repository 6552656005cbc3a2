import { eventsOfArticle } from './eventsOfArticle.ts';

/** The titles of the events one article yields, with no registry and no curation. */
export function titlesOf(text: string, published: string): string[] {
  return eventsOfArticle(text, published).map((e) => e.title);
}
