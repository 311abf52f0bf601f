import { winston } from '@strapi/logger';
import { cmsSettings } from '../src/settings';

/**
 * One JSON object per line in production, so that a municipality's log collector can read it; the
 * usual coloured text in a terminal. Strapi's request log writes method, path, time and status:
 * never an address, a user agent or a body (the receipt lookup sends its hash in the body).
 */
export default () => {
  const { jsonLogs, logLevel: level } = cmsSettings();
  return {
    transports: [
      new winston.transports.Console({
        level,
        format: jsonLogs
          ? winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: false }), winston.format.json())
          : winston.format.combine(
              winston.format.timestamp({ format: 'YYYY-MM-DD HH:mm:ss.SSS' }),
              winston.format.colorize(),
              winston.format.printf(({ level: lvl, message, timestamp }) => `[${String(timestamp)}] ${lvl}: ${String(message)}`),
            ),
      }),
    ],
  };
};
