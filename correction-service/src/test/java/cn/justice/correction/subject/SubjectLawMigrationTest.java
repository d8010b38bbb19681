package cn.justice.correction.subject;

import cn.justice.testing.PostgresDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V2026_12_07_201 (DESIGN §10.1) on records of the first wave, against a real PostgreSQL: an ACTIVE person keeps every
 * entry of the history, gains what can be derived (intake on time, last contact, the open missing period, leave
 * approvals and assumed returns, monitoring grounds left empty), a MEDICAL_PAROLE person gets the decision date the
 * first wave counted from, and TRANSFERRED_OUT becomes an ended state.
 */
class SubjectLawMigrationTest {
    private static final String DB = "correction_migration_test";

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(PostgresDatabases.jdbcUrl(DB), PostgresDatabases.user(), PostgresDatabases.password())
                .locations("classpath:db/platform", "classpath:db/migration").target(target == null ? "latest" : target).load();
    }

    private static final String COLUMNS = "id, version, county_code, township_code, subject_no, name_encrypted, "
            + "id_number_encrypted, id_number_hash, gender, birth_date, minor, category, crime, sentence, decision_authority, "
            + "judgment_effective_on, correction_start, correction_end, supervision_level, status, received_on, report_due_on, "
            + "reported_on, report_type, leaves, monitoring_periods, monitoring_open_until, check_ins, missing_periods, "
            + "created_at, updated_at, created_by, create_fingerprint";

    @Test
    void firstWaveRecordsKeepTheirHistoryAndGainWhatTheRulesNeed() throws Exception {
        PostgresDatabases.recreate(DB);
        flyway("2026.12.04.101").migrate();
        try (Connection c = DriverManager.getConnection(PostgresDatabases.jdbcUrl(DB), PostgresDatabases.user(),
                PostgresDatabases.password()); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO subject (" + COLUMNS + ") VALUES ("
                    + "'00000000-0000-0000-0000-0000000000a1', 9, '519901', '519901101', 'SQJZ2025-1', 'x', 'x', 'h1', 'MALE', "
                    + "'1985-06-15', false, 'PROBATION', '盗窃罪', '缓刑', '法院', '2025-01-10', '2025-01-10', '2030-01-09', "
                    + "'ORDINARY', 'MISSING', '2025-01-11', '2025-01-20', '2025-01-15', 'ON_TIME', "
                    + "'[{\"from\":\"2025-02-01\",\"to\":\"2025-02-10\",\"days\":10,\"destination\":\"成都\",\"reason\":\"r\",\"approvedByRole\":\"county-admin\",\"approvedBy\":\"u\"},"
                    + "{\"from\":\"2025-03-01\",\"to\":\"2099-03-03\",\"days\":3,\"destination\":\"西昌\",\"reason\":\"r\",\"approvedByRole\":\"township-officer\",\"approvedBy\":\"u\"}]', "
                    + "'[{\"from\":\"2025-02-01\",\"to\":\"2025-04-30\",\"deviceId\":\"D\",\"approvedBy\":\"A\",\"reason\":\"R\",\"renewal\":false,\"endsOn\":\"2025-05-01\"}]', "
                    + "NULL, '[{\"on\":\"2025-03-20\",\"method\":\"PHONE\"}]', "
                    + "'[{\"from\":\"2025-04-01\",\"to\":\"2025-05-15\",\"note\":null},{\"from\":\"2025-07-01\",\"to\":null,\"note\":null}]', "
                    + "now(), now(), 'u', 'f')");
            st.executeUpdate("INSERT INTO subject (" + COLUMNS + ") VALUES ("
                    + "'00000000-0000-0000-0000-0000000000a2', 1, '519901', '519901101', 'SQJZ2025-2', 'x', 'x', 'h2', 'MALE', "
                    + "'1970-01-01', false, 'MEDICAL_PAROLE', '诈骗罪', '监外执行', '监狱管理局', '2025-06-01', '2025-06-01', "
                    + "'2027-01-01', 'ORDINARY', 'PENDING_REPORT', '2025-06-02', '2025-06-11', NULL, NULL, '[]', '[]', NULL, "
                    + "'[]', '[]', now(), now(), 'u', 'f')");
        }
        flyway(null).migrate();
        try (Connection c = DriverManager.getConnection(PostgresDatabases.jdbcUrl(DB), PostgresDatabases.user(),
                PostgresDatabases.password()); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT status, version, intake_on_time, last_contact_on, missing_since, "
                    + "missing_over_month, leave_open_until, jsonb_array_length(leaves), leaves->0->>'approval', "
                    + "leaves->0->>'returnedOn', leaves->0->>'returnAssumed', leaves->1->>'approval', leaves->1->>'returnedOn', "
                    + "jsonb_exists(monitoring_periods->0, 'ground'), monitoring_periods->0->>'deviceId', jsonb_array_length(check_ins), "
                    + "jsonb_array_length(missing_periods), revocation_proposals, transfers, "
                    + "subject_township_on(township_code, transfers, '2025-06-01') "
                    + "FROM subject WHERE id = '00000000-0000-0000-0000-0000000000a1'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("MISSING");
                assertThat(r.getLong(2)).isEqualTo(9);
                assertThat(r.getBoolean(3)).isTrue();
                assertThat(r.getString(4)).isEqualTo("2025-05-15"); // the return from the first missing period
                assertThat(r.getString(5)).isEqualTo("2025-07-01");
                assertThat(r.getBoolean(6)).isTrue(); // 2025-04-01 to 2025-05-15: 44 days
                assertThat(r.getString(7)).isEqualTo("2099-03-03");
                assertThat(r.getInt(8)).isEqualTo(2);
                assertThat(r.getString(9)).isEqualTo("COUNTY");
                assertThat(r.getString(10)).isEqualTo("2025-02-10");
                assertThat(r.getString(11)).isEqualTo("true");
                assertThat(r.getString(12)).isEqualTo("TOWNSHIP");
                assertThat(r.getString(13)).isNull();
                assertThat(r.getBoolean(14)).isTrue();
                assertThat(r.getString(15)).isEqualTo("D");
                assertThat(r.getInt(16)).isEqualTo(1);
                assertThat(r.getInt(17)).isEqualTo(2);
                assertThat(r.getString(18)).isEqualTo("[]");
                assertThat(r.getString(19)).isEqualTo("[]");
                assertThat(r.getString(20)).isEqualTo("519901101");
            }
            try (ResultSet r = st.executeQuery("SELECT decision_received_on, report_due_on, intake_on_time FROM subject "
                    + "WHERE id = '00000000-0000-0000-0000-0000000000a2'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("2025-06-01");
                assertThat(r.getString(2)).isEqualTo("2025-06-11");
                assertThat(r.getObject(3)).isNull();
            }
            // TRANSFERRED_OUT is an ended state now; an open state without ended_on still is one
            st.executeUpdate("UPDATE subject SET status = 'TRANSFERRED_OUT', ended_on = '2025-08-01', "
                    + "transferred_to_county_code = '519902' WHERE id = '00000000-0000-0000-0000-0000000000a1'");
            try (ResultSet r = st.executeQuery("SELECT subject_township_on('519901100', "
                    + "'[{\"on\":\"2025-03-01\",\"fromTownshipCode\":\"519901101\",\"toTownshipCode\":\"519901100\"}]'::jsonb, d) "
                    + "FROM (VALUES ('2025-02-28'::date), ('2025-03-01'::date)) AS x(d)")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("519901101");
                r.next();
                assertThat(r.getString(1)).isEqualTo("519901100");
            }
        }
    }
}
