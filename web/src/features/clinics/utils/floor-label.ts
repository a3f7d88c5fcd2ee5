import type { TFunction } from 'i18next';
import type { Floor } from '@/lib/api-models';

/** "Piso 2 – Consultorios externos", or "Piso 2" for a floor without a name. */
export function floorLabel(t: TFunction, floor: Pick<Floor, 'number' | 'name'>): string {
  const name = floor.name.trim();
  return name === ''
    ? t('clinics.floors.label', { number: floor.number })
    : t('clinics.floors.labelNamed', { number: floor.number, name });
}
