// The second step of the start (see main.tsx): React, the router and the app's frame, rendered into the
// page in a transition — time-sliced, so the first render is many short tasks, not one a cheap phone
// cannot answer a tap during; the HTML shell stays up until React commits.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { AppRouter } from './router';

export function renderApp(root: HTMLElement, i18n: I18n): void {
  const app = createRoot(root);
  startTransition(() =>
    app.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <AppRouter />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
}
