-- Event-store databases of the three event-sourced services (reporting has no PostgreSQL).
-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d), as
-- POSTGRES_USER (thidua), which therefore owns them. Each service's Flyway creates its schema.
-- Same names as the embedded local stack: registration, review, award.
CREATE DATABASE registration;
CREATE DATABASE review;
CREATE DATABASE award;
