// Schema: uniqueness constraints and indexes, applied idempotently before every load.
// Params: none.
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plant_id IF NOT EXISTS FOR (n:Plant) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (n:LoadRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX plant_name IF NOT EXISTS FOR (n:Plant) ON (n.name);
CREATE INDEX plant_country IF NOT EXISTS FOR (n:Plant) ON (n.country);
