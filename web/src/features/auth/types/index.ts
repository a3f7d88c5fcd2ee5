/** Router state passed to /login. */
export interface LoginLocationState {
  /** Where to return after signing in. */
  from?: string;
}
