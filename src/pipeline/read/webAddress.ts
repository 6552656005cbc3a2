/**
 * An absolute http(s) address, resolved against the page's own address when relative, or null:
 * `javascript:`, `data:` and every other scheme a hostile page might offer are dropped.
 */
export function webAddress(value: string | null | undefined, base?: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed.length > 2048) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
