import { Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { Tab, WidgetCounts } from '../../../shared/contracts';
import { useDeskApi } from '../api/client';
import { useT, type TextKey } from '../t';

/** What needs the editor today, each count a link to the inbox tab where those cases are. */
const ROWS: Array<{ key: keyof WidgetCounts; label: TextKey; tab: Tab }> = [
  { key: 'newToday', label: 'widget.newToday', tab: 'new' },
  // Overdue cases lead every tab, the oldest due first; "Alla öppna" holds them all.
  { key: 'overdue', label: 'widget.overdue', tab: 'open' },
  { key: 'waitingForMyReview', label: 'widget.myReview', tab: 'review' },
];

export function TodayWidget() {
  const t = useT();
  const api = useDeskApi();
  const [counts, setCounts] = useState<WidgetCounts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.widget().then(setCounts, () => setFailed(true));
  }, [api]);
  if (failed) return <Widget.Error />;
  if (!counts) return <Widget.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="desk-today-widget">
      {ROWS.map(({ key, label, tab }) => (
        <Flex key={key} justifyContent="space-between">
          <Link tag={RouterLink} to={`/plugins/desk?tab=${tab}`}>{t(label)}</Link>
          <Typography fontWeight="bold" data-count={key}>{counts[key]}</Typography>
        </Flex>
      ))}
    </Flex>
  );
}
