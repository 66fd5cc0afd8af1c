import type { Logger } from '../env';

/** Structured JSON logs, one line each, tagged with the request id. */
export function createLogger(requestId: string): Logger {
  const write = (level: string, msg: string, data?: Record<string, unknown>) =>
    console.log(JSON.stringify({ level, msg, requestId, ...data }));
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
