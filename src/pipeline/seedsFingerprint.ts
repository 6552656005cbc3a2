import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The names, sizes and modification times of a seeds folder's files: equal before and after a
 * parse only if the parse read the folder as it now is. Dot-named temporaries are left out; a
 * folder that is not there has the empty fingerprint.
 */
export function seedsFingerprint(seedsDir: string): string {
  let names: string[];
  try {
    names = readdirSync(seedsDir).sort();
  } catch {
    return '';
  }
  const lines: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    try {
      const stat = statSync(join(seedsDir, name));
      lines.push(`${name}\t${String(stat.size)}\t${String(stat.mtimeMs)}`);
    } catch {
      // Removed between the listing and the stat: the next fingerprint shows it gone.
    }
  }
  return lines.join('\n');
}
