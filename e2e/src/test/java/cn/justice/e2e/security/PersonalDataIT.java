package cn.justice.e2e.security;

import cn.justice.testing.PostgresDatabases;
import cn.justice.testing.TopicReader;
import cn.justice.testing.openapi.ApiOperation;
import cn.justice.testing.openapi.SchemaFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Personal data (names 测试隐私…, GB 11643 ID numbers, mobile numbers) written through every service that takes it —
 * found in the document as the create operations whose body has an {@code idNumber} — and then searched for where it
 * must never be: the events on the four topics, every application's log, every text column of every table of the
 * gateway's database, the CSV/XLSX exports and the work report, error bodies, and what lists and details show to
 * callers who did not ask a county admin's {@code unmask=true}. The unmasked read itself is the positive control:
 * it shows the values the search looks for, and it is audited.
 */
@ExtendWith(SecurityStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataIT {
    static final String TOWN = SecurityStack.TOWN;
    static SecurityStack.Running stack;
    static Api api;
    static Fixtures fixtures;
    /** Create operation → ids of the records written with personal data. */
    static final Map<ApiOperation, List<String>> written = new LinkedHashMap<>();

    @BeforeAll
    static void writePersonalData() {
        stack = SecurityStack.get();
        api = stack.api();
        fixtures = stack.fixtures();
        api.takeViolations();
        for (ApiOperation op : personalDataCreates()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(fixtures.create(op.path(), TOWN));
            }
            written.put(op, ids);
            // state changes publish more events of the same records
            for (ApiOperation action : api.document().operations()) {
                if (action.method().equals("POST") && action.path().startsWith(op.path() + "/{id}/")
                        && Fixtures.BEFORE.getOrDefault(action.key(), List.of()).isEmpty()
                        && !action.path().endsWith("/monitoring/start")) {
                    Fixtures.Target t = fixtures.prepare(action, TOWN);
                    Api.Reply r = t.request(api, Caller.COUNTY_ADMIN).change("personal data: event").send();
                    assertThat(r.ok()).as(action.key() + " " + r).isTrue();
                    ids.add(t.recordId());
                    break;
                }
            }
        }
    }

    /** Create operations whose body carries an ID number (at any depth): the services that take personal data. */
    static List<ApiOperation> personalDataCreates() {
        return api.document().operations().stream()
                .filter(o -> o.method().equals("POST") && o.path().startsWith("/api/") && !o.path().contains("{")
                        && o.requestSchema() != null && hasMember(o.requestSchema(), "idNumber", 0))
                .toList();
    }

    static boolean hasMember(JsonNode schema, String member, int depth) {
        JsonNode s = SchemaFacts.flatten(api.document(), schema);
        if (s == null || depth > 5) {
            return false;
        }
        if (s.path("properties").has(member)) {
            return true;
        }
        for (Iterator<JsonNode> it = s.path("properties").elements(); it.hasNext(); ) {
            if (hasMember(it.next(), member, depth + 1)) {
                return true;
            }
        }
        return s.has("items") && hasMember(s.get("items"), member, depth + 1);
    }

    @AfterEach
    void answersConformToTheDocument() {
        List<String> v = api.takeViolations();
        assertThat(v).as("answers that do not conform to the document (%d)", v.size()).isEmpty();
    }

    @Test
    @Order(1)
    void everyServiceThatTakesPersonalDataIsCoveredAndTheUnmaskedReadShowsIt() {
        assertThat(written.keySet().stream().map(ApiOperation::path))
                .contains("/api/v1/mediation/disputes", "/api/v1/correction/subjects",
                        "/api/v1/correction/released-persons", "/api/v1/legal-aid/applications",
                        "/api/v1/rule-of-law/reconsiderations");
        for (Map.Entry<ApiOperation, List<String>> e : written.entrySet()) {
            String id = e.getValue().get(0);
            Api.Reply r = api.request("GET " + e.getKey().path() + "/{id}").as(Caller.COUNTY_ADMIN).pathParam("id", id)
                    .query("unmask", "true").header("X-Purpose", Api.encode("安全测试 核查身份")).change("unmask").send();
            assertThat(r.status()).isEqualTo(200);
            // the positive control: what the searches below look for is really there when it may be
            assertThat(PersonalData.found(r.text())).as(e.getKey().path() + " unmasked (add the person's name to Fixtures.BODIES)")
                    .contains(PersonalData.NAME_STEM, PersonalData.ID_NEEDLE);
            Api.Reply audit = api.request("GET /api/v1/" + e.getKey().service() + "/audit-log").as(Caller.AUDITOR)
                    .query("recordId", id).send();
            assertThat(audit.status()).isEqualTo(200);
            List<JsonNode> unmasks = new ArrayList<>();
            audit.json().path("items").forEach(i -> {
                if ("UNMASK".equals(i.path("action").asText())) {
                    unmasks.add(i);
                }
            });
            assertThat(unmasks).as("UNMASK audit entries of " + id).hasSize(1);
            assertThat(unmasks.get(0).path("purpose").asText()).isEqualTo("安全测试 核查身份");
            assertThat(unmasks.get(0).path("actor").asText()).isEqualTo("test-county-admin");
            assertThat(unmasks.get(0).path("role").asText()).isEqualTo("county-admin");
        }
    }

    @Test
    @Order(2)
    void listsFeedsAndDetailsShowOnlyMaskedValuesWithoutUnmask() {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<ApiOperation, List<String>> e : written.entrySet()) {
            String collection = e.getKey().path();
            for (Caller c : readers(collection)) {
                Api.Reply list = api.request("GET " + collection).as(c).query("townshipCode", TOWN).query("size", 200).send();
                assertThat(list.status()).isEqualTo(200);
                assertThat(list.json().path("total").asLong()).isPositive();
                leaks.addAll(PersonalData.found(list.text()).stream().map(n -> "GET " + collection + " as " + c.column() + ": " + n).toList());
                Api.Reply feed = api.request("GET " + collection + "/changes").as(c).query("limit", 1000).send();
                assertThat(feed.status()).isEqualTo(200);
                leaks.addAll(PersonalData.found(feed.text()).stream().map(n -> "GET " + collection + "/changes as " + c.column() + ": " + n).toList());
                Api.Reply detail = api.request("GET " + collection + "/{id}").as(c).pathParam("id", e.getValue().get(0)).send();
                assertThat(detail.status()).isEqualTo(200);
                // a detail may show a party's name (DESIGN §4 masks names in lists); ID numbers and phones stay masked
                leaks.addAll(PersonalData.found(detail.text()).stream().filter(n -> !n.contains(PersonalData.NAME_STEM)
                                && !n.equals(PersonalData.jsonEscaped(PersonalData.NAME_STEM, false)))
                        .map(n -> "GET " + collection + "/{id} as " + c.column() + ": " + n).toList());
            }
            // the ID number search finds the record and still shows it masked
            if (api.document().operation("GET", collection).hasParameter("query", "idNumber")) {
                Api.Reply unmasked = api.request("GET " + collection + "/{id}").as(Caller.COUNTY_ADMIN)
                        .pathParam("id", e.getValue().get(0)).query("unmask", "true").header("X-Purpose", "search-check").send();
                String idNumber = firstIdNumber(unmasked.json());
                // a township officer where it may read the collection, else (行政复议: county only) the auditor
                Caller searcher = readers(collection).contains(Caller.OFFICER_OWN) ? Caller.OFFICER_OWN : Caller.AUDITOR;
                Api.Reply search = api.request("GET " + collection).as(searcher).query("idNumber", idNumber).send();
                assertThat(search.json().path("total").asLong()).as("search by ID number in " + collection).isEqualTo(1);
                leaks.addAll(PersonalData.found(search.text()).stream().map(n -> "GET " + collection + "?idNumber= : " + n).toList());
            }
        }
        assertThat(leaks).isEmpty();
    }

    /**
     * The callers who may read a collection, as the access matrix says (a township officer may not read
     * reconsiderations, DESIGN §13 / docs/security.md).
     */
    static List<Caller> readers(String collection) {
        AccessMatrix.Row row = AccessMatrix.parse(AccessControlIT.MATRIX).stream()
                .filter(r -> r.operation().equals("GET " + collection)).findFirst().orElseThrow();
        return java.util.stream.Stream.of(Caller.COUNTY_ADMIN, Caller.OFFICER_OWN, Caller.AUDITOR, Caller.INTEGRATION)
                .filter(c -> "2xx".equals(row.expected().get(c))).toList();
    }

    static String firstIdNumber(JsonNode n) {
        if (n.isObject()) {
            if (n.path("idNumber").isTextual()) {
                return n.get("idNumber").asText();
            }
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                String s = firstIdNumber(it.next());
                if (s != null) {
                    return s;
                }
            }
        } else if (n.isArray()) {
            for (JsonNode x : n) {
                String s = firstIdNumber(x);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    @Test
    @Order(3)
    void errorBodiesNeverEchoPersonalData() {
        for (ApiOperation op : written.keySet()) {
            JsonNode valid = fixtures.validBody(op, TOWN);
            String id = PersonalData.idNumber();
            // an ID number with a wrong check digit, an overlong name, a malformed phone, personal data in fields of another type
            send(op, replaceAll(valid, "idNumber", TextNode.valueOf(PersonalData.invalidIdNumber())), "invalid ID number");
            // longer than any name the documents allow (the longest, a reconsideration applicant's, is 200)
            String name = PersonalData.name("甲");
            send(op, replaceAll(valid, "name", TextNode.valueOf(name.repeat(201 / name.length() + 1))), "overlong name");
            send(op, replaceAll(valid, "phone", TextNode.valueOf(PersonalData.PHONE_STEM + "x1")), "malformed phone");
            for (String member : dateMembers(op)) {
                send(op, replaceAll(valid, member, TextNode.valueOf(id)), "ID number in date " + member);
            }
            for (String member : enumMembers(op)) {
                send(op, replaceAll(valid, member, TextNode.valueOf(PersonalData.name("甲"))), "name in enum " + member);
            }
            send(op, replaceAll(valid, "idNumber", Fixtures.F.objectNode().put("n", id)), "ID number as an object");
            api.request(op).as(Caller.COUNTY_ADMIN).body(("{\"name\":\"" + PersonalData.name("甲") + "\",\"idNumber\":\"" + id + "\",")
                    .getBytes(StandardCharsets.UTF_8), "application/json").change("truncated JSON with personal data").send();
            String list = op.path();
            if (api.document().operation("GET", list).hasParameter("query", "idNumber")) {
                api.request("GET " + list).as(Caller.OFFICER_OWN).query("idNumber", PersonalData.invalidIdNumber()).change("search by an invalid ID number").send();
                api.request("GET " + list).as(Caller.OFFICER_OWN).query("idNumber", PersonalData.name("甲")).change("search by a name").send();
            }
            // a name where a list expects an enum value
            Api.Reply wrongFilter = api.request("GET " + list).as(Caller.OFFICER_OWN).query("status", PersonalData.name("甲"))
                    .change("name as a status filter").send();
            assertThat(wrongFilter.status()).isEqualTo(400);
        }
        List<String> leaks = new ArrayList<>();
        for (String body : api.errorBodies()) {
            if (!PersonalData.found(body).isEmpty()) {
                leaks.add(Api.abbreviate(body));
            }
        }
        assertThat(leaks).as("error bodies holding personal data, of %d error bodies of this run", api.errorBodies().size()).isEmpty();
    }

    static void send(ApiOperation op, JsonNode body, String what) {
        if (body == null) {
            return;
        }
        Api.Reply r = api.request(op).as(Caller.COUNTY_ADMIN).json(body).change(what).send();
        assertThat(r.status()).as(op.key() + " with " + what).isEqualTo(400);
    }

    /** Top-level members of the create body with a date format. */
    static List<String> dateMembers(ApiOperation op) {
        return members(op, s -> "date".equals(s.path("format").asText()));
    }

    static List<String> enumMembers(ApiOperation op) {
        return members(op, s -> s.has("enum"));
    }

    static List<String> members(ApiOperation op, Function<JsonNode, Boolean> which) {
        List<String> out = new ArrayList<>();
        JsonNode s = SchemaFacts.flatten(api.document(), op.requestSchema());
        JsonNode required = s.path("required");
        for (JsonNode r : required) {
            JsonNode ps = SchemaFacts.flatten(api.document(), s.path("properties").path(r.asText()));
            if (which.apply(ps)) {
                out.add(r.asText());
            }
        }
        return out;
    }

    /** A copy with every member named {@code name}, at any depth, set to {@code value}; null when there is none. */
    static JsonNode replaceAll(JsonNode node, String name, JsonNode value) {
        JsonNode copy = node.deepCopy();
        return replaceIn(copy, name, value) ? copy : null;
    }

    private static boolean replaceIn(JsonNode n, String name, JsonNode value) {
        boolean any = false;
        if (n instanceof ObjectNode o) {
            List<JsonNode> children = new ArrayList<>();
            o.elements().forEachRemaining(children::add);
            for (JsonNode c : children) {
                any |= replaceIn(c, name, value);
            }
            if (o.has(name)) {
                o.set(name, value);
                any = true;
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                any |= replaceIn(c, name, value);
            }
        }
        return any;
    }

    @Test
    @Order(4)
    void eventsOnTheFourTopicsCarryNoPersonalData() {
        Set<String> ids = written.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> leaks = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        int messages = 0;
        for (String topic : SecurityStack.TOPICS) {
            Set<String> expected = written.entrySet().stream().filter(e -> topic.contains(e.getKey().service()))
                    .flatMap(e -> e.getValue().stream()).collect(Collectors.toSet());
            List<TopicReader.Message> all = TopicReader.readAll(stack.bootstrap(), topic, Duration.ofSeconds(30),
                    msgs -> msgs.stream().map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(expected));
            messages += all.size();
            for (TopicReader.Message m : all) {
                seen.add(m.key());
                String text = m.key() + " " + m.value() + " " + m.headers();
                PersonalData.found(text).forEach(n -> leaks.add(topic + " " + m.value().path("type").asText() + " " + m.key() + ": " + n));
            }
        }
        assertThat(seen).as("every record written has its events on the topics").containsAll(ids);
        assertThat(messages).isGreaterThan(ids.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    @Order(5)
    void theGatewaysDatabaseHoldsNoPersonalData() throws SQLException {
        assertThat(stack.gatewayDatabase()).isNotNull();
        Set<String> eventIds = new java.util.HashSet<>();
        Set<String> ids = written.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        for (String topic : SecurityStack.TOPICS) {
            for (TopicReader.Message m : TopicReader.readAll(stack.bootstrap(), topic, Duration.ofSeconds(2), msgs -> false)) {
                if (ids.contains(m.key())) {
                    eventIds.add(m.value().path("id").asText());
                }
            }
        }
        try (Connection c = connect(stack.gatewayDatabase())) {
            // the read model has taken in every event of these records: what it keeps is there now
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id::text = ANY (?)")) {
                    st.setArray(1, c.createArrayOf("text", eventIds.toArray()));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) == eventIds.size();
                    }
                }
            });
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT table_name, column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(columns).isNotEmpty();
            List<String> leaks = new ArrayList<>();
            for (String[] col : columns) {
                String expr = col[2].equals("bytea") ? "position(convert_to(?, 'UTF8') in \"" + col[1] + "\")"
                        : "strpos(\"" + col[1] + "\"::text, ?)";
                for (String needle : PersonalData.needles()) {
                    try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM \"" + col[0] + "\" WHERE " + expr + " > 0")) {
                        st.setString(1, needle);
                        try (ResultSet rs = st.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                leaks.add(col[0] + "." + col[1] + ": " + rs.getLong(1) + " rows with " + needle);
                            }
                        }
                    }
                }
            }
            assertThat(leaks).isEmpty();
        }
    }

    /** A connection to the shared server, waiting while it has none to spare (53300 too many connections). */
    static Connection connect(String database) throws SQLException {
        for (int i = 0; ; i++) {
            try {
                return DriverManager.getConnection(PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(), PostgresDatabases.password());
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || i >= 60) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Test
    @Order(6)
    void exportsAndTheWorkReportHoldNoPersonalData() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (String org : List.of(SecurityStack.COUNTY, TOWN)) {
            Api.Reply csv = api.request("GET /api/v1/plans/{planId}/progress.csv").as(Caller.COUNTY_ADMIN)
                    .pathParam("planId", "15th-fyp").query("orgCode", org).send();
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.text()).contains("MED_DISPUTES");
            PersonalData.found(csv.text()).forEach(n -> leaks.add("progress.csv " + org + ": " + n));
            Api.Reply xlsx = api.request("GET /api/v1/plans/{planId}/progress.xlsx").as(Caller.COUNTY_ADMIN)
                    .pathParam("planId", "15th-fyp").query("orgCode", org).send();
            assertThat(xlsx.status()).isEqualTo(200);
            int entries = 0;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    entries++;
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    String name = e.getName();
                    PersonalData.found(xml).forEach(n -> leaks.add("progress.xlsx " + org + " " + name + ": " + n));
                }
            }
            assertThat(entries).as("parts of the workbook").isGreaterThan(1);
            for (String format : List.of("markdown", "html")) {
                Api.Reply report = api.request("GET /api/v1/reports/work-summary").as(Caller.COUNTY_ADMIN).query("orgCode", org)
                        .query("from", Fixtures.YEAR + "-01-01").query("to", Fixtures.YEAR + "-12-31").query("format", format).send();
                assertThat(report.status()).isEqualTo(200);
                PersonalData.found(report.text()).forEach(n -> leaks.add("work-summary " + format + " " + org + ": " + n));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    @Order(7)
    void noApplicationLogsPersonalData() throws IOException {
        assertThat(stack.logs()).hasSizeGreaterThanOrEqualTo(5);
        List<String> leaks = new ArrayList<>();
        for (Path log : stack.logs()) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text).as(log + " is the application's log").isNotEmpty();
            for (String line : text.lines().toList()) {
                if (!PersonalData.found(line).isEmpty()) {
                    leaks.add(log.getFileName() + ": " + Api.abbreviate(line));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
