-- The tables behind the dynamic origin integration tests: origins an origin source lists, and tenant domains an
-- origin resolver looks up one at a time.
CREATE TABLE IF NOT EXISTS trusted_origins (origin VARCHAR(255) PRIMARY KEY);
CREATE TABLE IF NOT EXISTS tenant_domains (origin VARCHAR(255) PRIMARY KEY);
DELETE FROM trusted_origins;
DELETE FROM tenant_domains;
INSERT INTO trusted_origins VALUES ('https://listed.example');
INSERT INTO tenant_domains VALUES ('https://tenant.example');
