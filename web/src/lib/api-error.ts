// RFC 9457 problem details as the UI sees them. Every failed API call throws an ApiError,
// so components can branch on `status` and show `errors` beside the matching fields.

export interface FieldError {
  field: string;
  message: string;
  /** The server's stable code for the failure (api/openapi.json FieldError), when it sent one. */
  code?: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** The problem's type URI ('' when the body was not a problem). */
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** Seconds from the Retry-After header (429), or null when absent or unparseable. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    type?: string;
    title: string;
    detail?: string;
    errors?: FieldError[];
    retryAfterSeconds?: number | null;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? '';
    this.title = init.title;
    this.detail = init.detail ?? '';
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** The first message for `field`, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const out: FieldError[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string') {
      out.push(typeof item.code === 'string' ? { field: item.field, message: item.message, code: item.code } : { field: item.field, message: item.message });
    }
  }
  return out;
}

/**
 * Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * `now` is injectable so tests do not depend on the clock.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Builds an ApiError from a failed response's status, body text and Retry-After header.
 * Tolerates bodies that are not problem+json (proxies, crashes): the status still decides.
 */
export function parseProblem(
  status: number,
  bodyText: string,
  retryAfterHeader: string | null = null,
  statusText = '',
): ApiError {
  let body: unknown = undefined;
  if (bodyText.trim() !== '') {
    try {
      body = JSON.parse(bodyText);
    } catch {
      body = undefined;
    }
  }
  const problem = isRecord(body) ? body : {};
  const title =
    typeof problem.title === 'string' && problem.title !== ''
      ? problem.title
      : statusText || `HTTP ${status}`;
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  const problemStatus = typeof problem.status === 'number' ? problem.status : status;
  return new ApiError({
    status: problemStatus,
    type: typeof problem.type === 'string' ? problem.type : '',
    title,
    detail,
    errors: parseFieldErrors(problem.errors),
    retryAfterSeconds: parseRetryAfter(retryAfterHeader),
  });
}

/** Whole minutes to wait, rounded up, never below one. */
export function retryAfterMinutes(seconds: number | null): number {
  if (seconds === null || seconds <= 0) return 1;
  return Math.max(1, Math.ceil(seconds / 60));
}
