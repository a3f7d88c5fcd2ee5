// The one place that talks HTTP to the HealthPulse server. Same origin: the server
// serves the SPA and the API, and `vite dev` proxies /api to it.
import { parseProblem } from '@/lib/api-error';
import { clearToken, getToken } from '@/lib/session';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  /** A body sent as is, with its own content type (e.g. a CSV upload), instead of JSON. */
  raw?: { text: string; contentType: string };
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Ask for this media type instead of JSON; the body comes back as text. */
  accept?: string;
}

type UnauthorizedHandler = () => void;

let onUnauthorized: UnauthorizedHandler = () => {
  window.location.assign('/login');
};

/** The app installs a handler that clears cached data and routes to /login. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

const kLoginPath = '/api/v1/auth/login';

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.text;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  const response = await fetch(buildUrl(path, options.query), {
    method,
    headers,
    body,
    signal: options.signal,
    credentials: 'same-origin',
  });

  if (!response.ok) {
    const text = await response.text().catch(() => '');
    const error = parseProblem(
      response.status,
      text,
      response.headers.get('Retry-After'),
      response.statusText,
    );
    // A 401 from login means bad credentials; from anywhere else, the session is gone.
    if (response.status === 401 && path !== kLoginPath) {
      clearToken();
      onUnauthorized();
    }
    throw error;
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (options.accept) return text as T;
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  getText: (path: string, accept: string, options?: RequestOptions) => request<string>('GET', path, { ...options, accept }),
  postText: <T>(path: string, text: string, contentType: string, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, raw: { text, contentType } }),
};
