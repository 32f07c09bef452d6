import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../api/client';
import { qk } from '../lib/query-keys';

export function useInstruments() {
  return useQuery({
    queryKey: qk('instruments'),
    queryFn: async () =>
      (await unwrap(api.GET('/api/instruments', { params: { query: { pageSize: 200 } } }))).items,
    staleTime: 60_000,
  });
}

/** "Violin · Tutti" for every position, in the instruments' order. */
export function usePositions() {
  const q = useInstruments();
  return (q.data ?? []).flatMap((i) =>
    i.positions.map((p) => ({ id: p.id, instrumentId: i.id, label: `${i.name} · ${p.name}` })),
  );
}
