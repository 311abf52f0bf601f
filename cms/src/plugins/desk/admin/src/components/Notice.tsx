import { Alert } from '@strapi/design-system';
import type { ComponentProps } from 'react';
import { styled } from 'styled-components';
import { useT } from '../t';

type AlertProps = ComponentProps<typeof Alert>;

/** The design system's Alert draws its close button last, whether or not anything closes it. */
const WithoutClose = styled(Alert)`
  & > button:last-child {
    display: none;
  }
`;

/**
 * A message on a desk page. The design system's Alert always draws a close button, named by its
 * closeLabel: a notice that nothing closes (a refusal, a read-only case, a warning that stays while
 * its cause does) has none, rather than a button that does nothing and that a screen reader reads
 * out without a name; one with `onClose` has a button named "Stäng".
 */
export function Notice({ onClose, title = '', ...props }: Omit<AlertProps, 'closeLabel' | 'title'> & { title?: string }) {
  const t = useT();
  if (onClose) return <Alert {...props} title={title} onClose={onClose} closeLabel={t('action.close')} />;
  return <WithoutClose {...props} title={title} closeLabel="" />;
}
