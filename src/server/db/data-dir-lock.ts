// PGlite has no lock across processes: two servers on one data directory would silently diverge. The
// server therefore holds `<dataDir>.lock`, created exclusively ('wx') with its PID; a lock whose PID is
// no longer running is stale and taken over. A second server on the same directory refuses to start.
// A lock holding our own PID that this process did not take is stale too: in a container the server is
// often PID 1 on every start, so after a crash the old lock would otherwise block it for ever.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `The data directory is in use by another Bản Số server (PID ${pid}); lock file ${lockPath}. ` +
        `Stop that server first, or choose another DATA_DIR.`,
    );
  }
}

/** Lock files this process holds (per process by nature: it is the process's own state). */
const heldHere = new Set<string>();

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          heldHere.delete(path);
          try {
            unlinkSync(path);
          } catch {
            // already gone: nothing to release
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      const held =
        pid === process.pid ? heldHere.has(path) : Number.isInteger(pid) && pid > 0 && isRunning(pid);
      if (held) throw new DataDirLockedError(path, pid);
      unlinkSync(path); // stale: its server died without releasing it
    }
  }
  throw new DataDirLockedError(path, -1);
}
