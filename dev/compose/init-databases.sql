-- Run once by the postgres container on its first start (empty data volume), from
-- /docker-entrypoint-initdb.d/: one database per application (DESIGN §2). Each application creates its
-- tables itself with Flyway when it starts.
CREATE DATABASE mediation;
CREATE DATABASE correction;
CREATE DATABASE legal_aid;
CREATE DATABASE publicity;
CREATE DATABASE rule_of_law;
CREATE DATABASE gateway;
