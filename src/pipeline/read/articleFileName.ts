/**
 * The file name `npm run add` saves an article under: its publication day and a slug of its
 * title, e.g. "2025-11-03_soybean-farmers-watch-beijing-after-the-busan-truce.txt".
 */
export function articleFileName(
  published: string | null,
  title: string | null,
  url: string | null,
): string {
  const slug = slugOf(title ?? '') || slugOf(url === null ? '' : lastPathPart(url)) || 'article';
  return `${published ?? 'undated'}_${slug}.txt`;
}

function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, 60);
}

function lastPathPart(url: string): string {
  try {
    const parts = new URL(url).pathname.split('/').filter((p) => p !== '');
    return (parts.at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
  } catch {
    return '';
  }
}
