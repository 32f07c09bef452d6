import './ui/app.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { ApiError } from './api/errors';
import { App } from './app';
import { SessionProvider } from './auth/session';
import { appContext } from './context';
import { setupI18n } from './i18n';

setupI18n();
if (appContext.realm === 'tenant') {
  document.title = `${appContext.name} · Tutti`;
  document.documentElement.style.setProperty('--brand', appContext.primaryColor);
  if (appContext.faviconUrl) {
    const icon = document.createElement('link');
    icon.rel = 'icon';
    icon.href = appContext.faviconUrl;
    document.head.append(icon);
  }
}

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not change by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
