import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIcd10Search } from '@/features/records/api/search-icd10';
import { formatIcd10Code, icd10Label, looksLikeIcd10Code } from '@/features/records/utils/icd10';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';

interface Icd10PickerProps {
  /** The chosen code (dotted), or '' while none is. */
  value: string;
  onChange: (code: string) => void;
  /** What the box shows for the initial value ("E11.9 · Diabetes…"). */
  initialLabel?: string;
  error?: React.ReactNode;
  required?: boolean;
}

/**
 * CIE-10 search as you type (one GET /icd10 per pause): a code (E11, e119) or words of the
 * title. Picking a suggestion chooses its code; a code typed in full counts as chosen too
 * (the server checks it against the catalog).
 */
export function Icd10Picker({ value, onChange, initialLabel, error, required }: Icd10PickerProps) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [display, setDisplay] = useState(initialLabel ?? value);
  const search = useDebouncedSearch();
  const codes = useIcd10Search(search.query);
  const items = search.query === '' ? [] : (codes.data ?? []);

  const type = (text: string) => {
    setDisplay(text);
    search.setText(text);
    onChange(looksLikeIcd10Code(text) ? formatIcd10Code(text) : '');
    combobox.openDropdown();
    combobox.updateSelectedOptionIndex();
  };

  const pick = (code: string) => {
    const chosen = items.find((c) => c.code === code);
    onChange(formatIcd10Code(code));
    setDisplay(chosen ? icd10Label(chosen) : formatIcd10Code(code));
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal zIndex={1000}>
      <Combobox.Target>
        <TextInput
          label={t('records.fields.code')}
          description={value !== '' ? t('records.fields.codeChosen', { code: value }) : t('records.fields.codeHelp')}
          placeholder={t('records.fields.codePlaceholder')}
          required={required}
          value={display}
          error={error}
          autoComplete="off"
          onChange={(e) => type(e.currentTarget.value)}
          onFocus={() => search.query !== '' && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={codes.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
          data-testid="icd10-input"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={search.query === ''}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={t('records.fields.codeOptions')}>
          {items.length === 0 ? (
            <Combobox.Empty>{codes.isFetching ? t('common.loading') : t('records.fields.noCodes')}</Combobox.Empty>
          ) : (
            items.map((c) => (
              <Combobox.Option value={c.code} key={c.code} data-code={formatIcd10Code(c.code)}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Text fw={700} ff="monospace" size="sm">
                    {formatIcd10Code(c.code)}
                  </Text>
                  <Text size="sm">{c.description}</Text>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
