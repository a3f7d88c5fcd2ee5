import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientFormValues } from '@/features/patients/types';
import { kDocumentTypes, kSexes } from '@/features/patients/utils/patient-form';
import { DateInput } from '@/components/date-input';

interface PatientFieldsProps<T extends PatientFormValues> {
  form: UseFormReturnType<T>;
  /** Shown under the document number (e.g. "Vincular" when the document belongs to another clinic). */
  documentNumberAction?: ReactNode;
}

/** The patient's own fields, shared by "Nuevo paciente" and the patient page. */
export function PatientFields<T extends PatientFormValues>({ form, documentNumberAction }: PatientFieldsProps<T>) {
  const { t } = useTranslation();
  const documentNumber = (
    <TextInput
      label={t('patients.form.documentNumber')}
      required
      inputMode="numeric"
      {...form.getInputProps('document_number')}
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('patients.form.firstName')} required {...form.getInputProps('first_name')} />
        <TextInput label={t('patients.form.lastName')} required {...form.getInputProps('last_name')} />
        <NativeSelect
          label={t('patients.form.documentType')}
          data={kDocumentTypes.map((d) => ({ value: d, label: t(`patients.documentTypes.${d}`) }))}
          {...form.getInputProps('document_type')}
        />
        {documentNumberAction ? (
          <Stack gap="xs" align="flex-start">
            <div style={{ alignSelf: 'stretch' }}>{documentNumber}</div>
            {documentNumberAction}
          </Stack>
        ) : (
          documentNumber
        )}
        <DateInput label={t('patients.form.birthDate')} {...form.getInputProps('birth_date')} />
        <NativeSelect
          label={t('patients.form.sex')}
          data={[
            { value: '', label: t('patients.sexes.none') },
            ...kSexes.map((s) => ({ value: s, label: t(`patients.sexes.${s}`) })),
          ]}
          {...form.getInputProps('sex')}
        />
      </SimpleGrid>
      <ContactFields form={form} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('patients.form.insurer')} {...form.getInputProps('insurer')} />
        <TextInput label={t('patients.form.memberNumber')} {...form.getInputProps('insurer_member_number')} />
      </SimpleGrid>
    </>
  );
}

interface ContactValues {
  phone: string;
  email: string;
  address: string;
  sms_consent: boolean;
}

/** Phone, email, address and SMS consent: all a patient may change about themself. */
export function ContactFields<T extends ContactValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('patients.form.phone')}
          type="tel"
          placeholder="11 5555-1234"
          description={t('patients.form.phoneHelp')}
          {...form.getInputProps('phone')}
        />
        <TextInput label={t('patients.form.email')} type="email" {...form.getInputProps('email')} />
      </SimpleGrid>
      <TextInput label={t('patients.form.address')} {...form.getInputProps('address')} />
      <Group>
        <Checkbox
          label={t('patients.form.smsConsent')}
          description={t('patients.form.smsConsentHelp')}
          {...form.getInputProps('sms_consent', { type: 'checkbox' })}
        />
      </Group>
    </>
  );
}
