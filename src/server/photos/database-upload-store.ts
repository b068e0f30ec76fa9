// Unfinished tus uploads kept in the database (`photo_uploads`), for several servers on one PostgreSQL:
// any server can take the next piece of an upload another server started. A piece is appended only at
// the offset the row holds (checked in the UPDATE itself), so pieces can never interleave or repeat, and
// the bytes of a piece cut off mid-way are kept: the phone resumes from exactly what arrived.
import type { Readable } from 'node:stream';
import { DataStore, ERRORS, Upload } from '@tus/utils';
import type { Queryable } from '@/server/db/database';

interface UploadRow {
  id: string;
  size: number | null;
  upload_offset: number;
  metadata: Record<string, string | null>;
  created_at: string;
}

export class DatabaseUploadStore extends DataStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => number,
  ) {
    super();
    this.extensions = ['creation', 'termination'];
  }

  override async create(upload: Upload): Promise<Upload> {
    // A new creation for the same id (the phone lost the first answer) starts again from zero.
    await this.db.query(
      `INSERT INTO photo_uploads (id, size, metadata, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size, metadata = EXCLUDED.metadata,
         upload_offset = 0, data = ''::bytea, created_at = EXCLUDED.created_at`,
      [upload.id, upload.size ?? null, JSON.stringify(upload.metadata ?? {}), this.now()],
    );
    upload.creation_date = new Date(this.now()).toISOString();
    return upload;
  }

  override async remove(id: string): Promise<void> {
    await this.db.query('DELETE FROM photo_uploads WHERE id = $1', [id]);
  }

  override async write(stream: Readable, id: string, offset: number): Promise<number> {
    const pieces: Buffer[] = [];
    try {
      for await (const chunk of stream) pieces.push(Buffer.from(chunk as Uint8Array));
    } catch {
      // The link was cut: keep what arrived, so the phone's next HEAD resumes after it.
    }
    const bytes = Buffer.concat(pieces);
    const [row] = await this.db.query<{ upload_offset: number }>(
      `UPDATE photo_uploads SET data = data || $2, upload_offset = upload_offset + $3
        WHERE id = $1 AND upload_offset = $4 RETURNING upload_offset`,
      [id, bytes, bytes.length, offset],
    );
    if (!row) throw ERRORS.INVALID_OFFSET;
    return row.upload_offset;
  }

  override async getUpload(id: string): Promise<Upload> {
    const [row] = await this.db.query<UploadRow>(
      'SELECT id, size, upload_offset, metadata, created_at::text FROM photo_uploads WHERE id = $1',
      [id],
    );
    if (!row) throw ERRORS.FILE_NOT_FOUND;
    return new Upload({
      id: row.id,
      size: row.size ?? undefined,
      offset: row.upload_offset,
      metadata: row.metadata,
      creation_date: new Date(Number(row.created_at)).toISOString(),
      storage: { type: 'database', path: row.id },
    });
  }

  override async declareUploadLength(id: string, length: number): Promise<void> {
    await this.db.query('UPDATE photo_uploads SET size = $2 WHERE id = $1', [id, length]);
  }

  /** The received bytes of a finished upload. */
  async bytes(id: string): Promise<Buffer> {
    const [row] = await this.db.query<{ data: Uint8Array }>('SELECT data FROM photo_uploads WHERE id = $1', [
      id,
    ]);
    if (!row) throw ERRORS.FILE_NOT_FOUND;
    return Buffer.from(row.data);
  }
}
