/** What the dev page and the dev server agree on; constants only, so the page can import it. */
export const CURATION_PATH = '/__curation';
export const CURATION_TOKEN_META = 'curation-token';
export const CURATION_TOKEN_HEADER = 'x-curation-token';
