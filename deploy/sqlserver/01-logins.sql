-- Run by the db-init service as sa on every `docker compose up`; safe to repeat.
-- Two logins, so the running app never holds more than it needs:
--   lifecycle_migrator  owns the lifecycle database; used only by `setup migrate` to change the schema.
--   lifecycle_app       reads and writes rows; cannot change the schema (and, after 02, cannot rewrite the audit trail).
-- Passwords come from .env (sqlcmd -v); running this again with new ones changes them.
SET NOCOUNT ON;
IF DB_ID(N'lifecycle') IS NULL
    CREATE DATABASE [lifecycle];
GO
IF SUSER_ID(N'lifecycle_migrator') IS NULL
    CREATE LOGIN [lifecycle_migrator] WITH PASSWORD = N'$(MIGRATOR_PASSWORD)', DEFAULT_DATABASE = [lifecycle], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [lifecycle_migrator] WITH PASSWORD = N'$(MIGRATOR_PASSWORD)';
IF SUSER_ID(N'lifecycle_app') IS NULL
    CREATE LOGIN [lifecycle_app] WITH PASSWORD = N'$(APP_PASSWORD)', DEFAULT_DATABASE = [lifecycle], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [lifecycle_app] WITH PASSWORD = N'$(APP_PASSWORD)';
GO
USE [lifecycle];
GO
IF USER_ID(N'lifecycle_migrator') IS NULL
    CREATE USER [lifecycle_migrator] FOR LOGIN [lifecycle_migrator];
IF USER_ID(N'lifecycle_app') IS NULL
    CREATE USER [lifecycle_app] FOR LOGIN [lifecycle_app];
ALTER ROLE [db_owner] ADD MEMBER [lifecycle_migrator];
ALTER ROLE [db_datareader] ADD MEMBER [lifecycle_app];
ALTER ROLE [db_datawriter] ADD MEMBER [lifecycle_app];
GO
