import { describe, expect, it } from 'vitest';
import { appointmentProblemMessages, kProblemMessageKeys } from '@/features/appointments/utils/problem-messages';
import { ApiError } from '@/lib/api-error';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

function problem(status: number, errors: { field: string; message: string }[], detail = '') {
  return new ApiError({ status, title: status === 409 ? 'Conflict' : 'Invalid fields', detail, errors });
}

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('appointmentProblemMessages', () => {
  const cases = [
    { status: 409, field: 'doctor_id', message: 'The doctor is already booked then', es: 'El médico ya tiene un turno en ese horario' },
    { status: 409, field: 'room_id', message: 'The room is already booked then', es: 'El consultorio ya está ocupado en ese horario' },
    { status: 409, field: 'patient_id', message: 'The patient already has a turno then', es: 'El paciente ya tiene un turno en ese horario' },
    { status: 422, field: 'start', message: 'is in the past', es: 'El horario elegido ya pasó' },
    { status: 422, field: 'start', message: "is outside the doctor's hours at that clinic", es: 'El médico no atiende en ese horario en esta clínica' },
    { status: 422, field: 'room_id', message: 'the room is not in a clinic where the doctor works', es: 'El consultorio no está en una clínica donde atiende el médico' },
    { status: 422, field: 'practice_id', message: "is not offered at the room's clinic", es: 'La práctica no se ofrece en esta clínica' },
    { status: 422, field: 'reason', message: 'is required to cancel', es: 'Indicá el motivo de la cancelación' },
    { status: 409, field: 'status', message: 'Too close to the start to cancel online: call the clinic', es: 'Faltan menos de 2 horas para el turno: para cancelarlo, llamá a la clínica' },
    { status: 409, field: 'status', message: 'that transition is not allowed (registered → finished)', es: 'Ese cambio de estado no está permitido' },
  ];
  it.each(cases)('$status $field "$message" → "$es"', ({ status, field, message, es }) => {
    const [first] = appointmentProblemMessages(problem(status, [{ field, message }]));
    expect(first && 'key' in first ? lookup(esAR, first.key) : first).toBe(es);
  });

  it('hands an unknown reason to the shared mapping, never showing it as the server wrote it', () => {
    expect(appointmentProblemMessages(problem(422, [{ field: 'end', message: 'is odd' }]))).toEqual([
      { fieldError: { field: 'end', message: 'is odd' } },
    ]);
    expect(appointmentProblemMessages(problem(409, [], 'Something else'))).toEqual([{ problem: true }]);
  });

  it('answers 403 and 404 without details', () => {
    expect(appointmentProblemMessages(problem(403, []))).toEqual([{ key: 'appointments.errors.forbidden' }]);
    expect(appointmentProblemMessages(problem(404, []))).toEqual([{ key: 'appointments.errors.notFound' }]);
  });

  it('tells a 404 on patient_id (a patient of another clinic) to link them first', () => {
    const [first] = appointmentProblemMessages(problem(404, [{ field: 'patient_id', message: 'No such patient' }]));
    expect(first && 'key' in first ? lookup(esAR, first.key) : first).toBe(
      'El paciente no está registrado en esta clínica: vinculalo desde Pacientes.',
    );
  });

  it.each([...kProblemMessageKeys])('has %s in both languages', (key) => {
    expect(typeof lookup(esAR, key)).toBe('string');
    expect(typeof lookup(en, key)).toBe('string');
  });
});
