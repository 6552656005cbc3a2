/**
 * Saves text as a file in the browser: a Blob behind a temporary object URL, clicked through a
 * detached-then-removed <a download>. The URL is revoked on the next task, once the click has
 * handed the Blob to the download manager, so repeated exports do not leak memory.
 */
export function downloadFile(contents: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
