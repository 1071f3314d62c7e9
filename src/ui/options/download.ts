import { dayKey } from '../../core/days';

/** "hipcheck-export-2026-06-10.json": the local date, so files from different days sort and never clash. */
export function datedName(stem: string, extension: string, now = Date.now()): string {
  return `${stem}-${dayKey(now)}.${extension}`;
}

/** Saves text as a file through a Blob link: no downloads permission needed. */
export function downloadText(text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it has long started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
