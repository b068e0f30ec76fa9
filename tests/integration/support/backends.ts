// The database backends every server suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is
// set (CI sets it). Use with `describe.each(BACKENDS)` and skip the PostgreSQL variant visibly.
export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  databaseUrl: string | undefined;
  /** Why this backend is skipped, or null when it runs. */
  skip: string | null;
}

const pgUrl = process.env.TEST_DATABASE_URL || undefined;

export const BACKENDS: Backend[] = [
  { name: 'PGlite', databaseUrl: undefined, skip: null },
  {
    name: 'PostgreSQL',
    databaseUrl: pgUrl,
    skip: pgUrl ? null : 'SKIPPED: set TEST_DATABASE_URL=postgres://… to run the PostgreSQL variant',
  },
];

/** The suite title, carrying the skip reason so it shows in the test report. */
export const backendTitle = (b: Backend) => (b.skip ? `${b.name} (${b.skip})` : b.name);
