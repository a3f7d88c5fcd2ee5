import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PatientLinkModal } from '@/features/patients/components/patient-link-modal';
import { usePatientLinked } from '@/features/patients/hooks/use-patient-linked';
import { useOwnClinics } from '@/features/patients/hooks/use-own-clinics';

/** The Pacientes screen's "Vincular paciente de otra clínica" (secretaries). */
export function PatientLinkButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { catalog, choices } = useOwnClinics();
  const onLinked = usePatientLinked();
  return (
    <>
      <Button variant="default" onClick={open} disabled={catalog.isPending}>
        {t('patients.link.open')}
      </Button>
      <PatientLinkModal opened={opened} onClose={close} clinics={choices} onLinked={onLinked} />
    </>
  );
}
