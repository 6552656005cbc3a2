// From the constants, not the schema: this module is in the first chunk, and importing
// eventSchema.ts there pulled all of zod (~25 kB gzip) into it.
import { SOURCE_TEXT_FILE } from './eventConstants.ts';

export type SourceTextResult = { ok: true; text: string } | { ok: false; error: string };

export interface SourceTextOptions {
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
  /** Where the app is served from; texts live at `<baseUrl>data/<textFile>`. */
  baseUrl?: string;
}

const loaded = new Map<string, Promise<SourceTextResult>>();

/**
 * Fetches one article's text, served beside events.json as `{ "text": "…" }` (see the README).
 * Never throws. The file is named by a hash of its text, so a text fetched once is kept for the
 * session; a failure is not kept, so Retry asks again.
 */
export function loadSourceText(
  textFile: string,
  options: SourceTextOptions = {},
): Promise<SourceTextResult> {
  const url = `${options.baseUrl ?? import.meta.env.BASE_URL}data/${textFile}`;
  const known = loaded.get(url);
  if (known !== undefined) return known;
  const pending = fetchText(url, textFile, options.fetch ?? globalThis.fetch.bind(globalThis));
  loaded.set(url, pending);
  void pending.then((result) => {
    if (!result.ok) loaded.delete(url);
  });
  return pending;
}

async function fetchText(
  url: string,
  textFile: string,
  doFetch: typeof fetch,
): Promise<SourceTextResult> {
  // The schema already allows only this shape; checked again because it becomes a URL.
  if (!SOURCE_TEXT_FILE.test(textFile)) {
    return { ok: false, error: 'The article text has an invalid address.' };
  }
  let body: string;
  try {
    const response = await doFetch(url);
    if (!response.ok) {
      return {
        ok: false,
        error: `The article text could not be loaded (${url} answered ${response.status}).`,
      };
    }
    body = await response.text();
  } catch {
    return {
      ok: false,
      error: 'The article text could not be loaded: the network request failed.',
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'The article text file is not valid JSON.' };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    !('text' in json) ||
    typeof json.text !== 'string'
  ) {
    return { ok: false, error: 'The article text file has no text in it.' };
  }
  return { ok: true, text: json.text };
}
