import { Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { TABS, type Tab } from '../../../shared/contracts';
import { useDeskApi } from '../api/client';
import { useT, word } from '../t';

/** On the admin's home page: each tab of the inbox with its count, one click away. */
export function HomeWidget() {
  const t = useT();
  const api = useDeskApi();
  const [counts, setCounts] = useState<Record<Tab, number> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.counts().then((result) => setCounts(result.counts), () => setFailed(true));
  }, [api]);
  if (failed) return <Widget.Error />;
  if (!counts) return <Widget.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {TABS.map((tab) => (
        <Flex key={tab} justifyContent="space-between">
          <Link tag={RouterLink} to={`/plugins/desk?tab=${tab}`}>{word('tab', tab)}</Link>
          <Typography fontWeight="bold">{counts[tab]}</Typography>
        </Flex>
      ))}
      <Link tag={RouterLink} to="/plugins/desk">{t('widget.open')}</Link>
    </Flex>
  );
}
