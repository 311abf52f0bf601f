import type { Core } from '@strapi/strapi';
import { preferenceOf, setPreference, type NotificationMode } from '../../../../../notifications/preferences';
import { cmsSettings } from '../../../../../settings';
import type { NotificationsResponse } from '../../../shared/contracts';

/** Mina aviseringar: the logged-in editor's own choice of mail, read and set by nobody else. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const read = async (editorId: number): Promise<NotificationsResponse> => ({
    mode: await preferenceOf(strapi, editorId),
    mail: Boolean(cmsSettings().smtpHost),
  });
  return {
    read,
    async choose(editorId: number, mode: NotificationMode): Promise<NotificationsResponse> {
      await setPreference(strapi, editorId, mode);
      return read(editorId);
    },
  };
};
