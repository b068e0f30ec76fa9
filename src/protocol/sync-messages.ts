// The sync wire contract, shared by the phone's sync engine and the province server (like Rocicorp's
// shared zod schemas). One POST /api/v1/sync carries a push and a pull, so an idle sync is one request.
// These are protocol 1's messages, and the shapes both sides work with whatever protocol carried them
// (protocol 2 encodes them as column batches: sync-protocol-2.ts).
import { z } from 'zod';
import { CATALOG_KINDS, type CatalogKind } from '@/domain/catalog';
import { hlcSchema } from '@/domain/hlc';
import { recordTableSchema } from '@/domain/record-tables';
import { MAX_PULL_ROWS, MAX_PUSH_MUTATIONS } from './version';

export const wireMutationSchema = z.object({
  /** The device's own mutation number: strictly increasing; the server applies each once. */
  seq: z.number().int().positive(),
  table: recordTableSchema,
  id: z.string().min(1).max(120),
  communeId: z.string().min(1).max(120),
  actor: z.string().min(1).max(120),
  hlc: hlcSchema,
  schemaVersion: z.number().int().min(1),
  patch: z.record(z.string(), z.unknown()),
  /** Patch fields that are creation defaults (see `Mutation.weak` in domain/merge). */
  weak: z.array(z.string().max(60)).max(50).optional(),
});
export type WireMutation = z.infer<typeof wireMutationSchema>;

/** Pull position: opaque to the client, it stores and returns it verbatim. */
export const cursorSchema = z.string().max(200);

export const syncRequestSchema = z.object({
  protocol: z.number().int(),
  mutations: z.array(wireMutationSchema).max(MAX_PUSH_MUTATIONS),
  cursor: cursorSchema.nullable(),
  pullLimit: z.number().int().min(1).max(MAX_PULL_ROWS).optional(),
  /** Catalog versions the phone holds, so the server sends only newer ones. */
  catalogs: z.partialRecord(z.enum(CATALOG_KINDS as [CatalogKind, ...CatalogKind[]]), z.string()),
  /** The phone's clock, to detect drift before any write. */
  clientTime: z.number(),
});
export type SyncRequest = z.infer<typeof syncRequestSchema> & {
  /** Protocol 2 only: the phone holds what it pushes, so rows that only repeat it may be left out. */
  omitEcho?: boolean;
};

export const mutationResultSchema = z.object({
  seq: z.number().int(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  /** For rejected: an i18n key (errors.*) and detail, shown to the user next to the record. */
  reason: z.string().optional(),
  detail: z.string().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pulledRowSchema = z.object({
  table: recordTableSchema,
  record: z.record(z.string(), z.unknown()),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

/** A losing field value kept in the server's audit trail (DESIGN invariant 6), sent to the devices of the
 * record's commune so the commune official sees what was overwritten, by whom and when. */
export const wireOverwriteSchema = z.object({
  /** Audit entry id (unique, stable): store it as the key. */
  id: z.string(),
  table: recordTableSchema,
  recordId: z.string(),
  communeId: z.string(),
  field: z.string(),
  lostValue: z.unknown(),
  lostClock: z.string(),
  lostAuthor: z.string().nullable(),
  wonValue: z.unknown(),
  wonClock: z.string(),
  wonAuthor: z.string().nullable(),
  /** Server time (ms) the conflict was resolved. */
  at: z.number(),
});
export type WireOverwrite = z.infer<typeof wireOverwriteSchema>;

export const syncResponseSchema = z.object({
  protocol: z.number().int(),
  serverTime: z.number(),
  results: z.array(mutationResultSchema),
  rows: z.array(pulledRowSchema),
  cursor: cursorSchema,
  hasMore: z.boolean(),
  /** The phone is too far behind (or its scope changed): wipe synced tables (never the outbox), pull from null. */
  reset: z.boolean(),
  catalogs: z.array(z.unknown()),
  /** Audit entries newer than the cursor (same cursor as `rows`); absent from older servers. */
  overwrites: z.array(wireOverwriteSchema).optional(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

export const enrolRequestSchema = z.object({
  protocol: z.number().int(),
  code: z.string().trim().min(4).max(40),
  deviceName: z.string().trim().max(120).default(''),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  deviceId: z.string(),
  token: z.string(),
  communeId: z.string().nullable(),
  communeName: z.string(),
  /** 'commune' devices read and write one commune; 'province' devices read every commune. */
  scope: z.enum(['commune', 'province']),
  serverTime: z.number(),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const errorResponseSchema = z.object({
  error: z.string(),
  reason: z.string(),
  detail: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
