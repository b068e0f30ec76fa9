// Where the province keeps photos: on disk under a directory (one server, the default), or inside the
// database itself (several servers on one PostgreSQL: nothing lives on one machine's disk).
export interface PhotoOptions {
  store: 'disk' | 'database';
  /** The photo directory when `store` is 'disk': finished photos under ab/<hash>, unfinished under uploads/. */
  dir?: string;
  /** Distinct photos one device may start uploading per UTC day. */
  dailyLimitPerDevice: number;
}

export const DEFAULT_DAILY_PHOTO_LIMIT = 200;

export const databasePhotos: PhotoOptions = {
  store: 'database',
  dailyLimitPerDevice: DEFAULT_DAILY_PHOTO_LIMIT,
};
