// Client for the parley JSON API (docs/api.md). Paths are relative so the UI
// also works when the server is mounted under a prefix.

export class APIError extends Error {
  constructor(status, message, param) {
    super(message);
    this.status = status;
    this.param = param || '';
  }
}

/** GET path?params as JSON; a non-2xx answer throws APIError with the server's message. */
export async function getJSON(path, params, signal) {
  const qs = params ? new URLSearchParams(params).toString() : '';
  const res = await fetch(qs ? `${path}?${qs}` : path, { signal, headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    // fall through: reported below
  }
  if (!res.ok) {
    throw new APIError(res.status, (body && body.error) || `${res.status} ${res.statusText}`, body && body.param);
  }
  if (body == null) throw new APIError(res.status, `${path}: response is not JSON`);
  return body;
}

export function isAbort(err) {
  return err && err.name === 'AbortError';
}

/**
 * latest() returns run(fn): each call aborts the previous call's request, so
 * a slow answer to an old filter can never overwrite a newer one.
 */
export function latest() {
  let ctl = null;
  return (fn) => {
    if (ctl) ctl.abort();
    ctl = new AbortController();
    return fn(ctl.signal);
  };
}
