import { CURATION_TOKEN_META } from '../../../dev/curationProtocol.ts';

/** The dev server's token from the page's meta tag; null when the page did not come from it. */
export function readCurationToken(): string | null {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${CURATION_TOKEN_META}"]`);
  const token = meta?.content ?? '';
  return token === '' ? null : token;
}
