import { normaliseText } from './normaliseText.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Turns a seed file's bytes into normalised text, or says why it is not a usable article. */
export function decodeSeedBytes(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `binary content (NUL byte at byte offset ${nul})` };
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `not valid UTF-8 (${invalidUtf8Position(bytes)})` };
  }
  const text = normaliseText(raw);
  if (text.trim() === '') return { ok: false, reason: 'empty file (no text)' };
  return { ok: true, text };
}

/** Names the line of the first bad byte so an editor can find it. */
function invalidUtf8Position(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return `line ${line}`;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}`;
}
