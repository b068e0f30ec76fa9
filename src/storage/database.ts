// The phone's IndexedDB (Dexie), versioned. Every list and filter query has an index: lists page by
// [villageId+date] or date, text search walks the multi-entry `searchWords` index. Bump the version
// and add an upgrade for any schema change; never edit a published version.
import Dexie, { type Table } from 'dexie';
import type { CatalogKind, CatalogOf } from '@/domain/catalog';
import type { Hlc } from '@/domain/hlc';
import type { PhotoType } from '@/domain/photo';
import type { SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';
import { attendanceTalliesMiddleware, contributionOf, type AttendanceTally } from './attendance-tallies';
import { topicDayKeys } from './search-index';

/** A stored row: the synced record plus local-only index fields (never sent). */
export type StoredRecord = SyncedRecord & {
  villageId?: string | null;
  searchWords?: string[];
  /** Training sessions: `topic|date|villageId|attendees` per topic (see search-index). */
  topicDays?: string[];
};

export interface OutboxEntry {
  /** The device's mutation number (DESIGN invariant 2): assigned by IndexedDB, strictly increasing. */
  seq?: number;
  table: RecordTable;
  recordId: string;
  communeId: string;
  actor: string;
  hlc: Hlc;
  schemaVersion: number;
  patch: Record<string, unknown>;
  /** Patch fields written only as creation defaults: they never overwrite another device's value. */
  weak?: string[];
  createdAt: number;
  status: 'pending' | 'rejected';
  reason?: string;
  detail?: string;
}

export interface StoredCatalog {
  kind: CatalogKind;
  version: string;
  catalog: CatalogOf<CatalogKind>;
  current: 0 | 1;
}

export interface Draft {
  key: string;
  value: unknown;
  savedAt: number;
}

export interface ConflictEntry {
  id?: number;
  table: RecordTable;
  recordId: string;
  villageId: string | null;
  field: string;
  lostValue: unknown;
  lostClock: Hlc;
  lostAuthor: string | null;
  wonValue: unknown;
  wonClock: Hlc;
  wonAuthor: string | null;
  seenAt: number;
}

/** A photo taken on this phone, compressed, named by the SHA-256 of its bytes (issue 8). */
export interface StoredPhoto {
  hash: string;
  blob: Blob;
  thumb: Blob;
  type: PhotoType;
  size: number;
  width: number;
  height: number;
  /** 'waiting' until the province holds it; 'sent' after (the blob stays for the phone's own screens). */
  state: 'waiting' | 'sent';
  /** The tus upload under way, so a cut upload resumes where it stopped. */
  uploadUrl?: string;
  takenAt: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export class BanSoDatabase extends Dexie {
  trainingSessions!: Table<StoredRecord, string>;
  banSoHelpers!: Table<StoredRecord, string>;
  helpActivities!: Table<StoredRecord, string>;
  checklistProgress!: Table<StoredRecord, string>;
  villageCounts!: Table<StoredRecord, string>;
  teamMembers!: Table<StoredRecord, string>;
  recognitions!: Table<StoredRecord, string>;
  outbox!: Table<OutboxEntry, number>;
  catalogs!: Table<StoredCatalog, [CatalogKind, string]>;
  drafts!: Table<Draft, string>;
  conflicts!: Table<ConflictEntry, number>;
  meta!: Table<MetaEntry, string>;
  photos!: Table<StoredPhoto, string>;
  attendanceTallies!: Table<AttendanceTally, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      trainingSessions: 'id, date, [villageId+date], *topics, *searchWords, updatedAt',
      banSoHelpers: 'id, [villageId+name], *searchWords',
      helpActivities: 'id, date, [villageId+date], helperId, kind, *searchWords',
      checklistProgress: 'id, villageId, [villageId+criterionCode]',
      villageCounts: 'id, villageId',
      teamMembers: 'id, villageId',
      outbox: '++seq, [table+recordId], status',
      catalogs: '[kind+version], [kind+current]',
      drafts: 'key',
      conflicts: '++id, [table+recordId], villageId',
      meta: 'key',
    });
    // v2: Thôn số recognition proposals (a new table), and training attendance per topic as index keys
    // for the commune view. Every v1 table, row and outbox entry stays; sessions get their keys here.
    this.version(2)
      .stores({
        recognitions: 'id, villageId',
        trainingSessions: 'id, date, [villageId+date], *topics, *searchWords, updatedAt, *topicDays',
      })
      .upgrade((tx) =>
        tx
          .table('trainingSessions')
          .toCollection()
          .modify((row: StoredRecord) => {
            row.topicDays = topicDayKeys(row);
          }),
      );
    // v3: photos in their own table, and a multi-entry `*photos` index on the tables whose records name
    // photos (which record a photo belongs to; which photos no record names any more). Indexes only:
    // every row, draft and outbox entry of v2 stays as it was.
    this.version(3).stores({
      photos: 'hash, state',
      trainingSessions: 'id, date, [villageId+date], *topics, *searchWords, updatedAt, *topicDays, *photos',
      helpActivities: 'id, date, [villageId+date], helperId, kind, *searchWords, *photos',
      checklistProgress: 'id, villageId, [villageId+criterionCode], *photos',
    });
    // v4: training attendance per (topic, month, village), local-only and kept current by the middleware
    // in every transaction that writes sessions (see attendance-tallies); built here from the sessions.
    // A new table only: every v3 row, draft and outbox entry stays as it was.
    this.version(4)
      .stores({ attendanceTallies: 'key' })
      .upgrade(async (tx) => {
        const sums = new Map<string, number>();
        // One session at a time (a cursor), so 30,000 sessions never sit in memory together.
        await tx.table('trainingSessions').each((row: StoredRecord) => contributionOf(row, sums, 1));
        const rows = [...sums].filter(([, people]) => people !== 0).map(([key, people]) => ({ key, people }));
        await tx.table('attendanceTallies').clear();
        await tx.table('attendanceTallies').bulkPut(rows);
      });
    this.use(attendanceTalliesMiddleware);
  }

  recordTable(table: RecordTable): Table<StoredRecord, string> {
    return this.table(table);
  }
}

export const REAL_DATABASE = 'ban-so';
export const DEMO_DATABASE = 'ban-so-demo';
