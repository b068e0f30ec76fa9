// The sync wire protocol versions. Phones speak the newest they know; the server answers each request in
// the protocol it was asked in, so phones not yet updated keep working. Anything else gets a 426.
export const PROTOCOL_VERSION = 2;
export const SUPPORTED_PROTOCOLS = [1, 2] as const;
export type ProtocolVersion = (typeof SUPPORTED_PROTOCOLS)[number];

/** Protocol 1 bounds: one request stays small enough to finish on a 2G link (50 kbit/s up). */
export const MAX_PUSH_MUTATIONS = 250;
export const MAX_PULL_ROWS = 1000;

/** Protocol 2 carries columns, so far more fits in one request; the phone also keeps each push body under
 * PUSH_BODY_BUDGET (≈ 20 s on the modelled 2G uplink), so a cut link costs at most one such request. */
export const MAX_PUSH_MUTATIONS_V2 = 5000;
export const MAX_PULL_ROWS_V2 = 5000;
export const PUSH_BODY_BUDGET = 128 * 1024;
/** The server closes a protocol 2 pull page at this much record content (JSON without the per-field clocks
 * and authors, which the batch mostly leaves out): over 5,000 typical records, ≈ 130 KB compressed, 4 s
 * on the modelled 2G downlink. A page of records with long notes closes sooner (≈ 30 s at worst). */
export const PULL_PAGE_BYTES = 3 * 1024 * 1024;

/** Decompressed body limit the server accepts. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
