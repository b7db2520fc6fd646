export { loadConfig, type Config } from './config.js';
export { openDatabase, type Database } from './db/database.js';
export { DataDirLockedError } from './db/data-dir-lock.js';
export { buildApp } from './http/app.js';
export { startServer } from './server.js';
