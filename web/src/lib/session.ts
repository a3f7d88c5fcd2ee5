// The bearer token lives in sessionStorage: it survives a reload of the tab, dies with
// the tab, and is never put in a URL.
const kTokenKey = 'healthpulse.token';

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(kTokenKey);
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(kTokenKey, token);
}

export function clearToken(): void {
  try {
    sessionStorage.removeItem(kTokenKey);
  } catch {
    // Storage can be unavailable (privacy mode); there is then nothing to clear.
  }
}
