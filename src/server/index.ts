export { createApp } from './create-app.js';
export { apiDeps, startServer, storeAuthenticator, type RunningServer, type StartServerOptions } from './start-server.js';
export { DEFAULT_SERVER_CONFIG, serverConfigFromEnv, type ServerConfig } from './server-config.js';
export type { ApiApp, ApiDeps, ApiEnv } from './api-env.js';
export { defaultWebDir } from './web-app.js';
