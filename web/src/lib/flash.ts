// A one-shot message for the next screen that survives the redirects between a failed
// call and /login (router state would be replaced by the auth guard's own redirect).
const kFlashKey = 'healthpulse.flash';

export type Flash = 'session_expired';

export function setFlash(flash: Flash): void {
  try {
    sessionStorage.setItem(kFlashKey, flash);
  } catch {
    // No storage, no message: the login screen still appears.
  }
}

export function peekFlash(): Flash | null {
  try {
    const value = sessionStorage.getItem(kFlashKey);
    return value === 'session_expired' ? value : null;
  } catch {
    return null;
  }
}

export function clearFlash(): void {
  try {
    sessionStorage.removeItem(kFlashKey);
  } catch {
    // Nothing stored.
  }
}
