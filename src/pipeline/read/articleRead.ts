/** What reading one article file yields: its text (offsets index it) and what the page says about it. */
export interface ArticleRead {
  text: string;
  title: string | null;
  /** "YYYY-MM-DD" as the page states it, in the publisher's own time zone. */
  published: string | null;
  outlet: string | null;
  /** Only http(s) addresses; a `javascript:` or `data:` value in a page is never kept. */
  url: string | null;
}

export type ArticleReadResult = { ok: true; article: ArticleRead } | { ok: false; reason: string };
