import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { replaceFileAtomically } from './replaceFileAtomically.ts';

/**
 * writeFileAtomically for bytes already encoded: through a temp file and a rename, and false
 * when the file already held exactly these bytes and was left alone. Their length is known
 * without scanning them, so a file of another size is neither read nor compared.
 */
export function writeBytesAtomically(path: string, bytes: Uint8Array): boolean {
  if (sameBytes(path, bytes)) return false;
  mkdirSync(dirname(path), { recursive: true });
  replaceFileAtomically(path, bytes);
  return true;
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  if (!existsSync(path) || statSync(path).size !== bytes.length) return false;
  return readFileSync(path).equals(bytes);
}
