// The photo channel, apart from the record sync: a phone uploads a photo with the tus resumable-upload
// protocol (creation + core) at `uploads`, naming the photo and its record in Upload-Metadata; it asks
// first whether the province already holds the photo, so a photo is sent once however often retried.
export const PHOTO_API = {
  /** tus endpoint: POST creates an upload, HEAD tells its offset, PATCH appends a piece (device token). */
  uploads: '/api/v1/photos/uploads',
  /** HEAD /api/v1/photos/:hash → 200 when the province holds this photo, 404 when not (device token). */
  photo: '/api/v1/photos/:hash',
  /** GET /api/v1/admin/photos/:hash → the photo's bytes (administrator). */
  adminPhoto: '/api/v1/admin/photos/:hash',
} as const;

/** Upload-Metadata keys of a photo upload. */
export interface PhotoUploadMetadata {
  /** SHA-256 of the bytes, lowercase hex: the photo's name. */
  hash: string;
  /** image/jpeg or image/webp. */
  filetype: string;
  /** The record that names the photo: its table and id. It must already be at the province. */
  table: string;
  recordId: string;
}

/** The size of one PATCH piece: small enough that a cut on 2G loses little, large enough that headers
 * stay well under 5% of the bytes sent. */
export const PHOTO_PIECE_BYTES = 48 * 1024;
