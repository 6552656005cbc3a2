import { describe, expect, it } from 'vitest';
import { decodeSeedBytes } from '../../../src/pipeline/decodeSeedBytes.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('normaliseText', () => {
  it('strips a BOM, turns CRLF and CR into LF and composes to NFC', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('Cafe\u0301')).toBe('Café');
  });
});

describe('decodeSeedBytes', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeSeedBytes(bytes('\uFEFFTrump met Xi.\r\n'))).toEqual({
      ok: true,
      text: 'Trump met Xi.\n',
    });
  });

  it('rejects invalid UTF-8 and names the line', () => {
    const result = decodeSeedBytes(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a]));
    expect(result).toEqual({ ok: false, reason: 'not valid UTF-8 (line 2)' });
  });

  it('rejects binary content and empty files', () => {
    expect(decodeSeedBytes(new Uint8Array([0x50, 0x4b, 0x00, 0x01])).ok).toBe(false);
    expect(decodeSeedBytes(bytes(' \n\t\n'))).toEqual({
      ok: false,
      reason: 'empty file (no text)',
    });
  });
});
