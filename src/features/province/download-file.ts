// Hands a file to the browser as a download: a file fetched with the session's token (a plain link cannot
// send the Authorization header the admin API needs), or text made here (the upload pages' templates).
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers text as a file download. */
export function downloadText(name: string, text: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}
