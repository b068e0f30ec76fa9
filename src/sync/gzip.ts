// gzip for sync bodies with the platform's CompressionStream (browsers and Node 20 alike), so a slow
// link carries a fraction of the JSON. Responses may arrive already decoded by fetch: sniff the magic.
const GZIP_MAGIC = [0x1f, 0x8b] as const;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('gzip'));
}

export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new DecompressionStream('gzip'));
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

export async function gzipJson(value: unknown): Promise<Uint8Array> {
  return gzip(new TextEncoder().encode(JSON.stringify(value)));
}

/** Parses a JSON body that may still be gzip-compressed (fetch decodes `Content-Encoding` itself). */
export async function parseJsonBody(bytes: Uint8Array): Promise<unknown> {
  const plain = isGzip(bytes) ? await gunzip(bytes) : bytes;
  return JSON.parse(new TextDecoder().decode(plain));
}
