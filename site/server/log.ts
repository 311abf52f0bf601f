/**
 * The site server's log: one JSON object per line in production (for a municipality's log
 * collector), plain lines in a terminal. It is only ever given the server's own events (a build, a
 * delivery, a failure): never a client's address, user agent, cookie or text.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type Log = (message: string, level?: LogLevel) => void;

export function createLog(json: boolean, service = 'site'): Log {
  return (message, level = 'info') => {
    const stream = level === 'info' ? process.stdout : process.stderr;
    stream.write(json ? `${JSON.stringify({ time: new Date().toISOString(), level, service, message })}\n` : `${message}\n`);
  };
}
