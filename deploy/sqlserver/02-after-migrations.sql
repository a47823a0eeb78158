-- Run by the db-grants service as sa after `setup migrate`, on every `docker compose up`; safe to repeat.
-- The audit trail is append-only for the app: it may add entries, never change or remove them.
-- (The hash chain and seals detect a rewrite; this stops one being made through the app's login.)
SET NOCOUNT ON;
USE [lifecycle];
GO
DENY UPDATE, DELETE ON OBJECT::[dbo].[AuditEntries] TO [lifecycle_app];
GO
