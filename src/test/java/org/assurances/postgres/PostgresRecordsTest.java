package org.assurances.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.assurances.api.RecordsResourceTest;
import org.junit.jupiter.api.condition.EnabledIf;

/** The same suite as on the embedded database, against PostgreSQL (the pg profile). */
@QuarkusTest
@TestProfile(Postgres.class)
@EnabledIf("org.assurances.postgres.Postgres#enabled")
class PostgresRecordsTest extends RecordsResourceTest {}
