import { isLongEnough } from '@/lib/password-policy';

export interface PasswordChangeValues {
  current_password: string;
  new_password: string;
  repeat_password: string;
}

/** i18n keys, so the rule stays testable without a language. */
export type PasswordChangeErrorKey = 'common.required' | 'password.tooShort' | 'password.mismatch';

export type PasswordChangeErrors = Partial<Record<keyof PasswordChangeValues, PasswordChangeErrorKey>>;

export function validatePasswordChange(values: PasswordChangeValues): PasswordChangeErrors {
  const errors: PasswordChangeErrors = {};
  if (values.current_password === '') errors.current_password = 'common.required';
  if (values.new_password === '') errors.new_password = 'common.required';
  else if (!isLongEnough(values.new_password)) errors.new_password = 'password.tooShort';
  if (values.repeat_password !== values.new_password) errors.repeat_password = 'password.mismatch';
  return errors;
}
