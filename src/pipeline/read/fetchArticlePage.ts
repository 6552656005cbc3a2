export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** The limits `npm run add` fetches with: 15 s for the whole exchange, 5 MB, 5 redirects. */
export const FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

export type FetchedPage =
  | { ok: true; bytes: Uint8Array; finalUrl: string; charset: string | undefined }
  | { ok: false; reason: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Fetches a web page for reading, or says why not: only http(s), redirects followed by hand so
 * each hop is checked (scheme, count), HTML answers only, and the body read in chunks so a
 * page that never ends stops at the size limit instead of filling memory.
 */
export async function fetchArticlePage(
  address: string,
  limits: FetchLimits = FETCH_LIMITS,
): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'not a valid address' };
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return {
          ok: false,
          reason: `only http and https addresses can be fetched (got ${url.protocol})`,
        };
      }
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9',
          'user-agent': 'us-china-timeline (npm run add)',
        },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) {
          return { ok: false, reason: `more than ${limits.maxRedirects} redirects` };
        }
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return {
          ok: false,
          reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        };
      }
      const type = response.headers.get('content-type') ?? '';
      const mediaType = type.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!HTML_TYPES.has(mediaType)) {
        await response.body?.cancel();
        return {
          ok: false,
          reason: `not an HTML page (Content-Type: ${type === '' ? 'none' : type.slice(0, 80)})`,
        };
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { ok: false, reason: `page larger than ${limits.maxBytes} bytes (${declared})` };
      }
      const bytes = await readAtMost(response, limits.maxBytes);
      if (bytes === null) return { ok: false, reason: `page larger than ${limits.maxBytes} bytes` };
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
      return { ok: true, bytes, finalUrl: url.href, charset };
    }
  } catch (error) {
    if (signal.aborted)
      return {
        ok: false,
        reason: `no complete answer within ${limits.timeoutMs / 1000} s (timeout)`,
      };
    return { ok: false, reason: `could not fetch (${networkReason(error)})` };
  }
}

async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function networkReason(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
