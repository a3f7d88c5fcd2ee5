import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';

export function useNotifySuccess(): (message: string) => void {
  return useCallback((message: string) => {
    notifications.show({ color: 'teal', message, autoClose: 4000 });
  }, []);
}
