import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { CasePage } from './CasePage';
import { InboxPage } from './InboxPage';
import { LogPage } from './LogPage';
import { PublishedPage } from './PublishedPage';
import { ReviewPage } from './ReviewPage';
import { StatisticsPage } from './StatisticsPage';

/** The desk's pages: /admin/plugins/desk (Inkorg), …/arende/:id, …/granska/:id, …/publicerade, …/statistik, …/logg. */
export default function App() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="arende/:id" element={<CasePage />} />
      <Route path="granska/:id" element={<ReviewPage />} />
      <Route path="publicerade" element={<PublishedPage />} />
      <Route path="logg" element={<LogPage />} />
      <Route path="statistik" element={<StatisticsPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  );
}
