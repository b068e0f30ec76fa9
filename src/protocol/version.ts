// The sync wire protocol version. The server refuses versions it does not speak with a 426 and a reason.
export const PROTOCOL_VERSION = 1;
/** Bounds that keep one request small enough to finish on a 2G link (50 kbit/s up). */
export const MAX_PUSH_MUTATIONS = 250;
export const MAX_PULL_ROWS = 1000;
/** Decompressed body limit the server accepts. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
