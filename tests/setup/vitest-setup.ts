// Shared setup for unit and component tests: an in-memory IndexedDB and DOM matchers. Screens re-render
// from several live Dexie queries; on a loaded 2-core machine that can take over Testing Library's default
// 1 s, so `findBy…`/`waitFor` wait up to 3 s (a real failure still fails, just later).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 3000 });
