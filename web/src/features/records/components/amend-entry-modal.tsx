import { Checkbox, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useAmendEntry } from '@/features/records/api/amend-entry';
import { EntryFormActions } from '@/features/records/components/entry-form-actions';
import { AllergyFields, NoteFields, TreatmentFields } from '@/features/records/components/entry-fields';
import { Icd10Picker } from '@/features/records/components/icd10-picker';
import { useRecordFormErrors } from '@/features/records/hooks/use-record-form-errors';
import type {
  AllergyFormValues,
  AmendmentFormValues,
  Diagnosis,
  DiagnosisStatus,
  NoteFormValues,
  RecordEntry,
  TreatmentFormValues,
  WriteContext,
} from '@/features/records/types';
import { amendmentFormFor, toAmendment, translateProblems, validateAmendment } from '@/features/records/utils/record-forms';
import { formatIcd10Code } from '@/features/records/utils/icd10';
import { useNotifySuccess } from '@/hooks/use-notify';

/** What the dialog corrects, and how it starts (e.g. status resolved, an end date). */
export interface AmendTarget {
  entry: RecordEntry;
  preset?: Partial<Record<string, string | boolean>>;
  /** The dialog's title, when it is a quick action ("Resolver diagnóstico"). */
  titleKey?: string;
}

interface AmendEntryModalProps {
  patientId: number;
  target: AmendTarget | null;
  context: WriteContext | null;
  diagnoses: readonly Diagnosis[];
  onClose: () => void;
  onStale: () => void;
}

/** A correction: the reason (required) and the entry's fields, prefilled; only what changes is sent. */
export function AmendEntryModal({ target, onClose, ...rest }: AmendEntryModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t(target?.titleKey ?? 'records.amend.title')} size="lg">
      {target && <AmendForm key={`${target.entry.id}-${target.titleKey ?? ''}`} target={target} onClose={onClose} {...rest} />}
    </Modal>
  );
}

const kStatuses: readonly DiagnosisStatus[] = ['active', 'resolved'];

function AmendForm({ patientId, target, context, diagnoses, onClose, onStale }: AmendEntryModalProps & { target: AmendTarget }) {
  const { t } = useTranslation();
  const notify = useNotifySuccess();
  const mutation = useAmendEntry(patientId);
  const { failure, clearFailure, onError } = useRecordFormErrors(onStale);
  const [unchanged, setUnchanged] = useState(false);
  const { entry } = target;
  const form = useForm<AmendmentFormValues>({
    initialValues: amendmentFormFor(entry, target.preset),
    validate: (values) => translateProblems(validateAmendment(values), t),
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    const body = toAmendment(entry, values, context);
    setUnchanged(body === null);
    if (body === null) return;
    mutation.mutate(
      { entryId: entry.id, body },
      {
        onSuccess: () => {
          notify(t('records.done.amended'));
          onClose();
        },
        onError: (error) => onError(error, Object.keys(values), form.setFieldError),
      },
    );
  });

  // One form over the four kinds: each kind's fields see the form as their own values.
  const as = <V,>() => form as unknown as UseFormReturnType<V & { reason: string }>;

  return (
    <form onSubmit={submit} noValidate data-testid="amend-form">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('records.amend.help')}
        </Text>
        <Textarea
          label={t('records.fields.reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {form.values.kind === 'diagnosis' && entry.kind === 'diagnosis' && (
          <>
            <Icd10Picker
              value={form.values.code}
              initialLabel={`${formatIcd10Code(entry.code)} · ${entry.code_description}`}
              onChange={(code) => {
                form.setFieldValue('code', code);
                form.clearFieldError('code');
              }}
              error={form.errors.code}
              required
            />
            <Textarea label={t('records.fields.diagnosisText')} autosize minRows={2} maxLength={2000} {...form.getInputProps('text')} />
            <Checkbox label={t('records.fields.chronic')} {...form.getInputProps('chronic', { type: 'checkbox' })} />
            <NativeSelect
              label={t('records.fields.status')}
              data={kStatuses.map((s) => ({ value: s, label: t(`records.status.${s}`) }))}
              {...form.getInputProps('status')}
            />
          </>
        )}
        {form.values.kind === 'treatment' && <TreatmentFields form={as<TreatmentFormValues>()} diagnoses={diagnoses} />}
        {form.values.kind === 'note' && <NoteFields form={as<NoteFormValues>()} />}
        {form.values.kind === 'allergy' && <AllergyFields form={as<AllergyFormValues>()} />}
        <FormFailure message={unchanged ? t('records.errors.nothingChanged') : failure} />
        <EntryFormActions saving={mutation.isPending} onCancel={onClose} saveLabel={t('records.amend.submit')} />
      </Stack>
    </form>
  );
}
