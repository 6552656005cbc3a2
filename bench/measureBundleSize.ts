import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** How the initial files were found: Vite's manifest, or index.html's script/preload tags. */
  method: 'manifest' | 'index.html';
  /** Paths relative to dist/ of the JavaScript the browser fetches before anything is lazy-loaded. */
  initialFiles: string[];
  initialGzipBytes: number;
  /** The chunk holding vis-timeline, or null when no chunk holds it. */
  timelineFile: string | null;
  timelineGzipBytes: number | null;
  /** True when vis-timeline ended up in the initial JavaScript (the budget then cannot hold). */
  timelineInInitial: boolean;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** A method name of vis-timeline's item class; minifiers keep property names, so it survives. */
const VIS_TIMELINE_MARKER = '_getDomComponentsSizes';

/** Gzip sizes (zlib's default level, as most static hosts serve) of the built app's JavaScript. */
export function measureBundleSize(distDir: string): BundleSize {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  const fromManifest = existsSync(manifestPath);
  const initialFiles = fromManifest
    ? initialFromManifest(
        JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>,
      )
    : initialFromIndexHtml(distDir);

  const timelineFile =
    listJsFiles(distDir).find((file) =>
      readFileSync(join(distDir, file), 'utf8').includes(VIS_TIMELINE_MARKER),
    ) ?? null;

  return {
    method: fromManifest ? 'manifest' : 'index.html',
    initialFiles,
    initialGzipBytes: initialFiles.reduce((sum, file) => sum + gzipBytes(join(distDir, file)), 0),
    timelineFile,
    timelineGzipBytes: timelineFile === null ? null : gzipBytes(join(distDir, timelineFile)),
    timelineInInitial: timelineFile !== null && initialFiles.includes(timelineFile),
  };
}

function initialFromManifest(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry === true) visit(key);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Vite writes the entry as a module script and each static import as a modulepreload link. */
function initialFromIndexHtml(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(urls.map((url) => toDistPath(distDir, url)).filter((p) => p !== null))];
}

/** Maps "/repo/assets/x.js" or "./assets/x.js" to "assets/x.js" without knowing the base path. */
function toDistPath(distDir: string, url: string): string | null {
  const segments =
    url
      .split(/[?#]/)[0]
      ?.split('/')
      .filter((s) => s !== '' && s !== '.') ?? [];
  for (let i = 0; i < segments.length; i++) {
    const candidate = segments.slice(i).join('/');
    if (existsSync(join(distDir, candidate))) return candidate;
  }
  return null;
}

function listJsFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJsFiles(path, root);
    return entry.name.endsWith('.js') ? [relative(root, path)] : [];
  });
}

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path)).byteLength;
}
