import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kRoles, roleLabelKey } from '@/lib/roles';

/** A native <select> of the four roles, labelled in the UI language. */
export function RoleSelect(props: Omit<NativeSelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      {...props}
      data={kRoles.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))}
    />
  );
}
