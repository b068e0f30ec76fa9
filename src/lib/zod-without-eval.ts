// zod as the browser build sees it (vite.config.ts points every `import … from 'zod'` here): the same
// API, configured before any schema is built not to compile parsers with `new Function`. The page's CSP
// has no 'unsafe-eval', and zod's probe for it is reported as a violation even though zod survives it.
// The server (Node, no CSP) keeps zod's compiled parsers.
import { z } from 'zod';

z.config({ jitless: true });

export * from 'zod';
