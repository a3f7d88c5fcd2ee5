import { Button, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppointments } from '@/features/appointments/api/list-appointments';
import { usePatientSearch } from '@/features/appointments/api/search-patients';
import { BookFromAvailability } from '@/features/appointments/components/book-from-availability';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';

/**
 * "Buscar turno libre" in the agenda: a patient (by DNI or name), then the next free slots
 * by practice, clinic and doctor optional, among the secretary's clinics; a result books
 * for that patient (the patients' own finder, on GET /availability).
 */
export function FreeSlotFinder({ clinicIds }: { clinicIds: readonly number[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} className="agenda-no-print" data-testid="open-free-slot-finder">
        {t('appointments.finder.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('appointments.finder.title')} size="xl">
        {opened && <FinderBody clinicIds={clinicIds} onBooked={close} />}
      </Modal>
    </>
  );
}

function FinderBody({ clinicIds, onBooked }: { clinicIds: readonly number[]; onBooked: () => void }) {
  const { t } = useTranslation();
  const search = useDebouncedSearch();
  const patients = usePatientSearch(search.query);
  const [patientId, setPatientId] = useState('');
  const found = patients.data ?? [];
  useEffect(() => {
    if (found.length === 1) setPatientId(String(found[0]!.id));
    else if (!found.some((p) => String(p.id) === patientId)) setPatientId('');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the search results
  }, [patients.data]);
  const theirs = useAppointments({ patient_id: Number(patientId) }, { enabled: patientId !== '' });

  return (
    <Stack data-testid="free-slot-finder">
      <TextInput
        label={t('appointments.fields.patientSearch')}
        placeholder={t('appointments.fields.patientSearchPlaceholder')}
        type="search"
        value={search.text}
        onChange={(e) => search.setText(e.currentTarget.value)}
        data-autofocus
      />
      <NativeSelect
        label={t('appointments.fields.patient')}
        data={[
          { value: '', label: found.length === 0 && search.query !== '' ? t('appointments.fields.noPatients') : t('appointments.fields.choosePatient') },
          ...found.map((p) => ({ value: String(p.id), label: `${p.last_name}, ${p.first_name} · ${p.document_type} ${p.document_number}` })),
        ]}
        value={patientId}
        onChange={(e) => setPatientId(e.currentTarget.value)}
      />
      {patientId !== '' && (
        <BookFromAvailability
          key={patientId}
          patientId={Number(patientId)}
          mine={theirs.data?.items ?? []}
          clinicIds={clinicIds}
          onBooked={onBooked}
        />
      )}
    </Stack>
  );
}
