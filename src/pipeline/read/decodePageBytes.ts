import { normaliseText } from '../normaliseText.ts';

export type PageDecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Where a page may declare its encoding: `<meta charset>` or the http-equiv form, early on. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * A web page's bytes as text, in the encoding its byte-order mark, the server (`charset`,
 * from a Content-Type header) or its own `<meta charset>` declares, UTF-8 when none does.
 * Bytes that are not valid in that encoding, or NUL bytes, are a reason, never a guess.
 */
export function decodePageBytes(bytes: Uint8Array, charset?: string): PageDecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1 && !startsWithUtf16Bom(bytes)) {
    return { ok: false, reason: `binary content (NUL byte at byte offset ${nul}), not a web page` };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = (
    bomCharset(bytes) ??
    charset ??
    META_CHARSET.exec(head)?.[1] ??
    'utf-8'
  ).toLowerCase();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { ok: false, reason: `unknown character encoding "${label.slice(0, 40)}"` };
  }
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: `not valid ${decoder.encoding} text` };
  }
  const text = normaliseText(decoder.encoding === 'windows-1252' ? fixWindows1252(raw) : raw);
  if (text.trim() === '') return { ok: false, reason: 'empty file (no text)' };
  return { ok: true, text };
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  const bom = bomCharset(bytes);
  return bom === 'utf-16le' || bom === 'utf-16be';
}

/** A byte-order mark outranks every declaration, as in browsers. */
function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** WHATWG windows-1252 for bytes 0x80–0x9F (curly quotes, dashes, €); the rest is Latin-1. */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's decoder reads windows-1252 (which every "latin1" or "iso-8859-1" label means on the
 * web) as plain Latin-1, turning a page's curly quotes and dashes into C1 control characters.
 */
function fixWindows1252(raw: string): string {
  return raw.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}
