/** The server's limits and switches; every one has a default and an environment variable. */
export interface ServerConfig {
  /** Largest JSON body accepted (bytes). */
  readonly bodyLimitBytes: number;
  /** Largest upload accepted, all files together (bytes). */
  readonly uploadLimitBytes: number;
  /** Largest push body accepted (bytes). */
  readonly pushLimitBytes: number;
  /** Requests per minute per API key or session; per client address before authentication. */
  readonly rateLimitPerMinute: number;
  /** Login attempts per minute per client address and email. */
  readonly loginAttemptsPerMinute: number;
  /** Origins allowed to call the API from a browser; empty: CORS is off. */
  readonly corsOrigins: readonly string[];
  /** Mark the session cookie Secure (behind HTTPS). */
  readonly secureCookies: boolean;
  /** Where uploads are kept while they are imported. */
  readonly uploadDir: string;
  /** The built dashboard (index.html and assets/); undefined: no dashboard, a landing page at `/`. */
  readonly webDir?: string;
}

const MB = 1024 * 1024;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
  return n;
}

/** The configuration from environment variables, falling back to defaults. */
export function serverConfigFromEnv(env: Readonly<Record<string, string | undefined>>, defaults: { uploadDir: string; webDir?: string }): ServerConfig {
  return {
    bodyLimitBytes: positive('BELLWETHER_BODY_LIMIT_MB', env.BELLWETHER_BODY_LIMIT_MB, 1) * MB,
    uploadLimitBytes: positive('BELLWETHER_UPLOAD_LIMIT_MB', env.BELLWETHER_UPLOAD_LIMIT_MB, 512) * MB,
    pushLimitBytes: positive('BELLWETHER_PUSH_LIMIT_MB', env.BELLWETHER_PUSH_LIMIT_MB, 16) * MB,
    rateLimitPerMinute: positive('BELLWETHER_RATE_LIMIT', env.BELLWETHER_RATE_LIMIT, 1200),
    loginAttemptsPerMinute: positive('BELLWETHER_LOGIN_RATE_LIMIT', env.BELLWETHER_LOGIN_RATE_LIMIT, 10),
    corsOrigins: (env.BELLWETHER_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0),
    secureCookies: env.BELLWETHER_SECURE_COOKIES === 'true',
    uploadDir: env.BELLWETHER_UPLOAD_DIR ?? defaults.uploadDir,
    ...(env.BELLWETHER_WEB_DIR ? { webDir: env.BELLWETHER_WEB_DIR } : defaults.webDir ? { webDir: defaults.webDir } : {}),
  };
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = serverConfigFromEnv({}, { uploadDir: './data/uploads' });
