import { Fieldset, Group, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate, parseTime } from '@/lib/format';

type FieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  value?: string;
  onChange: (value: string) => void;
};

/**
 * A typed input that shows `display(value)` and hands back `parse(text)` while the person
 * types: the parsed value once the text reads as one, the text itself otherwise (so a form's
 * validation can name it), "" when cleared. The text typed so far is kept until the value
 * changes from outside (a reset, a "next day" button).
 */
function useTypedText(value: string, onChange: (v: string) => void, display: (v: string) => string, parse: (t: string) => string | null) {
  const [draft, setDraft] = useState<string | null>(null);
  const valueOf = (text: string) => (text.trim() === '' ? '' : (parse(text) ?? text));
  useEffect(() => {
    setDraft((d) => (d !== null && valueOf(d) !== value ? null : d));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- valueOf only closes over parse
  }, [value, parse]);
  return {
    text: draft ?? display(value),
    onText: (text: string) => {
      setDraft(text);
      onChange(valueOf(text));
    },
    onBlur: () => setDraft((d) => (d !== null && parse(d) !== null ? null : d)),
  };
}

const displayDate = (v: string) => (parseDate(v) === v ? formatDate(v) : v);
const displayTime = (v: string) => v;

// One typed field: what it shows for a value, how it reads typed text, its hint and length.
interface TypedFormat {
  display: (value: string) => string;
  parse: (text: string) => string | null;
  placeholderKey: 'common.datePlaceholder' | 'common.timePlaceholder';
  maxLength: number;
}

function TypedField({ value, onChange, onBlur, placeholder, format, ...rest }: FieldProps & { format: TypedFormat }) {
  const { t } = useTranslation();
  const typed = useTypedText(value ?? '', onChange, format.display, format.parse);
  return (
    <TextInput
      {...rest}
      value={typed.text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder ?? t(format.placeholderKey)}
      maxLength={format.maxLength}
      onChange={(e) => typed.onText(e.currentTarget.value)}
      onBlur={(e) => {
        typed.onBlur();
        onBlur?.(e);
      }}
    />
  );
}

const kDate: TypedFormat = { display: displayDate, parse: parseDate, placeholderKey: 'common.datePlaceholder', maxLength: 10 };
const kTime: TypedFormat = { display: displayTime, parse: parseTime, placeholderKey: 'common.timePlaceholder', maxLength: 5 };

/**
 * A calendar date typed dd/mm/aaaa whatever the browser's locale (never the browser's own
 * date picker, which follows the operating system's order and language). `value` and what
 * `onChange` receives are "YYYY-MM-DD" once the text is a real date, the typed text while
 * it is not, "" when empty. Works with Mantine's form.getInputProps.
 */
export function DateInput(props: FieldProps) {
  return <TypedField {...props} format={kDate} />;
}

/**
 * A time of day typed on a 24-hour clock ("14:30"), whatever the browser's locale. `value`
 * and what `onChange` receives are "HH:MM" once the text reads as a time ("930" → "09:30"),
 * the typed text while it does not, "" when empty.
 */
export function TimeInput(props: FieldProps) {
  return <TypedField {...props} format={kTime} />;
}

/**
 * A wall-clock date and time ("YYYY-MM-DDTHH:MM", a datetime-local value) as two typed
 * fields, dd/mm/aaaa and a 24-hour time, under one legend. `onChange` receives the joined
 * value once both read, or "" while either does not.
 */
export function DateTimeInput({
  label,
  value,
  onChange,
  description,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: React.ReactNode;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [datePart, timePart] = splitDateTime(value);
  const [date, setDate] = useState(datePart);
  const [time, setTime] = useState(timePart);
  useEffect(() => {
    if (value !== '') {
      const [d, tm] = splitDateTime(value);
      setDate(d);
      setTime(tm);
    }
  }, [value]);
  const emit = (d: string, tm: string) => onChange(parseDate(d) === d && parseTime(tm) === tm ? `${d}T${tm}` : '');
  return (
    <Fieldset legend={label} variant="unstyled" p={0}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <DateInput
          label={t('common.date')}
          value={date}
          onChange={(d) => {
            setDate(d);
            emit(d, time);
          }}
          w={140}
          error={error}
        />
        <TimeInput
          label={t('common.time')}
          value={time}
          onChange={(tm) => {
            setTime(tm);
            emit(date, tm);
          }}
          w={90}
        />
      </Group>
      {description && (
        <Text size="xs" c="dimmed" mt={4}>
          {description}
        </Text>
      )}
    </Fieldset>
  );
}

function splitDateTime(value: string): [string, string] {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? [match[1]!, match[2]!] : ['', ''];
}
