/** Browser side of test/server/faults.js: fault URLs, stored documents and the server's request counts. */

const BASE = new URL('/__faults/', location.href).href;

/** A key of its own for one test, so parallel browsers and tests never share counts. */
export function newKey(): string {
  return `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}

/** URL of `fault` counted under `key`, with query parameters. */
export function faultUrl(key: string, fault: string, params: Record<string, string | number> = {}, fragment = ''): string {
  const query = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)])).toString();
  return `${BASE}${key}/${fault}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** Keeps `document` on the server for this run; returns its id for `faultUrl(key, 'doc', { id })`. */
export async function storeDocument(document: unknown): Promise<string> {
  const response = await fetch(`${BASE}store`, { method: 'POST', body: JSON.stringify(document) });
  return ((await response.json()) as { id: string }).id;
}

export interface FaultStats {
  /** Requests the server received, per fault. */
  requests: Record<string, number>;
  total: number;
  /** Requests whose client went away before the answer was complete. */
  aborted: number;
}

export async function serverStats(key: string): Promise<FaultStats> {
  return (await fetch(`${BASE}stats/${key}`, { cache: 'no-store' })).json() as Promise<FaultStats>;
}

/** Polls the server until `check(stats)` holds. */
export async function untilServer(key: string, check: (stats: FaultStats) => boolean, message: string, timeout = 4000): Promise<FaultStats> {
  const end = performance.now() + timeout;
  for (;;) {
    const stats = await serverStats(key);
    if (check(stats)) return stats;
    if (performance.now() > end) throw new Error(`${message}; server saw ${JSON.stringify(stats)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
