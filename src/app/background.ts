// Work that runs beside the UI once the app is up: storage persistence request, and (when enrolled)
// the sync triggers. Kept out of the render path so the home screen paints first.
export function startBackgroundWork(): void {
  if (navigator.storage?.persist) void navigator.storage.persist();
}
