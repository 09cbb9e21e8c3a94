/** @limber/server: the HTTP API and its storage. `buildApp` makes the server; the CLI opens, migrates, listens. */

export { findAccountByEmail, normalizeEmail } from "./accounts/users";
export { API_ROUTES, type AppOptions, buildApp } from "./app";
export { backupFileLines, checkBackupFile, writeBackupFile } from "./backup/backup-file";
export { BACKUP_VERSION, BackupFileError } from "./backup/backup-format";
export { backupSocketPath, listenForBackups, requestBackup } from "./backup/backup-socket";
export { RestoreRefusedError, restoreBackup } from "./backup/restore";
export { writeSnapshot } from "./backup/snapshot";
export { DEFAULT_SETTINGS, type ServerSettings, SettingsError, settingsFromEnv } from "./config/settings";
export type { StorageSettings } from "./config/storage-location";
export { DEFAULT_DATA_DIR, storageFrom } from "./config/storage-location";
export { type PersonRecord, readPersonRecord, toFhirExport } from "./export/person-record";
export { type ExportedPerson, personRecordFhir, personRecordJson } from "./export/record-stream";
export { coalescedLogStream } from "./http/coalesced-log-stream";
export { DataDirectoryLockedError } from "./storage/data-lock";
export type { Database } from "./storage/database";
export { isMigrated, migrate } from "./storage/migrate";
export { openDatabase } from "./storage/open-database";
export { openPglite } from "./storage/open-pglite";
export { discardPrestartedPglite } from "./storage/pglite-prestart";
