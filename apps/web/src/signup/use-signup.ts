import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { qk } from '../lib/query-keys';

export type SignupResult = components['schemas']['SignupView'];

const STORE = 'tutti.signup';

/** The plans, the trial and whether paying now is possible, as the sign-up form offers them. */
export function useSignupOptions() {
  return useQuery({
    queryKey: qk('signup-options'),
    queryFn: () => unwrap(api.GET('/platform/signup/options')),
    staleTime: 5 * 60_000,
  });
}

/** A value that settles `ms` after the last change: the availability check waits for typing. */
export function useSettled<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Whether a subdomain can be had, asked once typing stops. */
export function useAvailability(subdomain: string) {
  const name = useSettled(subdomain.trim().toLowerCase());
  return useQuery({
    queryKey: qk('signup-availability', name),
    queryFn: () =>
      unwrap(api.GET('/platform/signup/availability', { params: { query: { subdomain: name } } })),
    enabled: name.length > 0,
    staleTime: 10_000,
  });
}

/**
 * The set-password link is shown once, after Checkout too: it is kept in this tab's session
 * storage between leaving for Checkout and coming back, and nowhere else.
 */
export const signupStore = {
  save(result: SignupResult): void {
    sessionStorage.setItem(STORE, JSON.stringify(result));
  },
  load(id: string): SignupResult | null {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as SignupResult | null;
      return saved?.id === id ? saved : null;
    } catch {
      return null;
    }
  },
};

/** The domain tenants live under, read off the console's own host (admin.<domain>). */
export const tenantDomain = () => globalThis.location.hostname.split('.').slice(1).join('.');
