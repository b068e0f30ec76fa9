// Shared setup for unit and component tests: an in-memory IndexedDB and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
