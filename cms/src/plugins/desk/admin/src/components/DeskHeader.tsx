import { Box, Flex, Link } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useT } from '../t';

/** The desk's page header: the page's title and what it is for, and the way between the desk's pages. */
export function DeskHeader({ title, subtitle, actions, back }: { title: string; subtitle?: string; actions?: ReactNode; back?: ReactNode }) {
  const t = useT();
  return (
    <>
      <Layouts.Header title={title} subtitle={subtitle} primaryAction={actions} navigationAction={back} />
      <Box paddingLeft={10} paddingRight={10} paddingBottom={4}>
        <Flex gap={4} tag="nav" aria-label={t('plugin.name')}>
          <Link tag={NavLink} to="/plugins/desk">
            {t('nav.inbox')}
          </Link>
          <Link tag={NavLink} to="/plugins/desk/publicerade">
            {t('nav.published')}
          </Link>
          <Link tag={NavLink} to="/plugins/desk/logg">
            {t('nav.log')}
          </Link>
          <Link tag={NavLink} to="/plugins/desk/statistik">
            {t('nav.statistics')}
          </Link>
        </Flex>
      </Box>
    </>
  );
}
