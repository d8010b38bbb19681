package cn.justice.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static checks of {@code docker-compose.yml} against the build and DESIGN §8 (no Docker engine needed): every
 * Quarkus application of the reactor is a compose service built from its own Dockerfile, every container has a
 * healthcheck, start order follows health, ports are those of DESIGN §8, and PostgreSQL's init script creates every
 * application's database.
 */
class ComposeFileTest {
    /** DESIGN §8: application module → port. */
    private static final Map<String, Integer> DESIGN_PORTS = Map.of(
            "gateway", 8080,
            "mediation-service", 8081,
            "correction-service", 8082,
            "legal-aid-service", 8083,
            "publicity-service", 8084,
            "rule-of-law-service", 8085);
    private static final String GATEWAY = "gateway";
    private static final String POSTGRES = "postgres";
    private static final String KAFKA = "kafka";
    private static final String INIT_DIR = "/docker-entrypoint-initdb.d";
    /** Reactor modules that are not applications (libraries, the dev broker, the tests). */
    private static final Set<String> NOT_APPS = Set.of("dev/kafka-broker", "platform", "testing", "e2e");

    private static Path root;
    private static Map<String, Object> services;
    /** Quarkus application modules of the root pom, in reactor order (module path → its folder). */
    private static Map<String, Path> appModules;
    /** Application module → the compose service built from its folder (null when none is). */
    private static Map<String, String> serviceOfModule;

    @BeforeAll
    static void load() throws Exception {
        root = findRoot();
        Map<String, Object> compose;
        try (Reader r = Files.newBufferedReader(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            compose = map(new Yaml().load(r), "docker-compose.yml");
        }
        services = map(compose.get("services"), "the top-level 'services' of docker-compose.yml");
        appModules = appModules();
        serviceOfModule = new LinkedHashMap<>();
        for (Map.Entry<String, Path> m : appModules.entrySet()) {
            serviceOfModule.put(m.getKey(), serviceBuiltFrom(m.getValue()));
        }
    }

    @Test
    void theFiveApplicationsOfDesignAreAppModulesOfTheBuild() {
        assertThat(appModules.keySet())
                .as("Quarkus application modules (quarkus-maven-plugin) among the <module>s of %s", root.resolve("pom.xml"))
                .containsAll(DESIGN_PORTS.keySet());
    }

    @Test
    void everyAppModuleIsAServiceBuiltFromItsOwnDockerfile() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> m : appModules.entrySet()) {
            String service = serviceOfModule.get(m.getKey());
            if (service == null) {
                problems.add("module " + m.getKey() + ": no compose service has build context '" + m.getKey() + "'");
                continue;
            }
            Path dockerfile = m.getValue().resolve(dockerfileOf(service));
            if (!Files.isRegularFile(dockerfile)) {
                problems.add("service " + service + ": its Dockerfile " + root.relativize(dockerfile) + " does not exist");
                continue;
            }
            String text = read(dockerfile);
            if (!text.contains("target/quarkus-app/")) {
                problems.add("service " + service + ": " + root.relativize(dockerfile)
                        + " does not copy target/quarkus-app/ (the fast-jar)");
            }
            Integer port = DESIGN_PORTS.get(m.getKey());
            if (port != null && !Pattern.compile("(?m)^EXPOSE\\s+(.*\\s)?" + port + "(\\s|$)").matcher(text).find()) {
                problems.add("service " + service + ": " + root.relativize(dockerfile) + " does not EXPOSE " + port);
            }
        }
        assertThat(problems).as("application modules of the build vs. docker-compose.yml").isEmpty();
    }

    @Test
    void everyServiceHasAHealthcheck() {
        List<String> problems = new ArrayList<>();
        mustExist(List.of(POSTGRES, KAFKA), problems);
        for (Map.Entry<String, Object> s : services.entrySet()) {
            Map<String, Object> service = map(s.getValue(), "service " + s.getKey());
            Object hc = service.get("healthcheck");
            if (!(hc instanceof Map<?, ?> healthcheck)) {
                problems.add("service " + s.getKey() + ": no healthcheck");
                continue;
            }
            Object test = healthcheck.get("test");
            boolean empty = test == null || (test instanceof List<?> l && (l.isEmpty() || "NONE".equals(l.get(0))))
                    || (test instanceof String str && str.isBlank());
            if (empty) {
                problems.add("service " + s.getKey() + ": healthcheck has no test");
            }
            if (Boolean.TRUE.equals(healthcheck.get("disable"))) {
                problems.add("service " + s.getKey() + ": healthcheck is disabled");
            }
        }
        assertThat(problems).as("healthchecks in docker-compose.yml").isEmpty();
    }

    @Test
    void everyAppWaitsForHealthyPostgresAndKafka() {
        List<String> problems = new ArrayList<>();
        for (String service : appServices()) {
            requireHealthyDependencies(service, List.of(POSTGRES, KAFKA), problems);
        }
        assertThat(problems).as("depends_on of the applications in docker-compose.yml").isEmpty();
    }

    @Test
    void gatewayWaitsForTheFourServices() {
        String gateway = serviceOfModule.get(GATEWAY);
        assertThat(gateway).as("the compose service built from the gateway module").isNotNull();
        List<String> problems = new ArrayList<>();
        List<String> others = new ArrayList<>();
        serviceOfModule.forEach((module, service) -> {
            if (GATEWAY.equals(module)) {
                return;
            }
            if (service == null) {
                problems.add("module " + module + ": no compose service, so the gateway cannot wait for it");
            } else {
                others.add(service);
            }
        });
        requireHealthyDependencies(gateway, others, problems);
        assertThat(problems).as("depends_on of the gateway in docker-compose.yml").isEmpty();
    }

    @Test
    void portsAreThoseOfDesign() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> e : DESIGN_PORTS.entrySet()) {
            String service = serviceOfModule.get(e.getKey());
            if (service == null) {
                problems.add("module " + e.getKey() + ": no compose service, so port " + e.getValue() + " is not published");
                continue;
            }
            int listens = httpPort(appModules.get(e.getKey()));
            if (listens != e.getValue()) {
                problems.add("module " + e.getKey() + ": quarkus.http.port is " + listens + ", DESIGN §8 says " + e.getValue());
            }
            requirePublished(service, e.getValue(), e.getValue(), problems);
        }
        requirePublished(KAFKA, 9092, null, problems);
        requirePublished(POSTGRES, 5432, 5432, problems);
        assertThat(problems).as("published ports in docker-compose.yml (DESIGN §8)").isEmpty();
    }

    @Test
    void postgresInitScriptCreatesEveryDatabase() throws IOException {
        Map<String, Object> postgres = service(POSTGRES);
        List<Path> scripts = new ArrayList<>();
        for (Object v : list(postgres.get("volumes"))) {
            String[] mount = mountOf(v);
            if (mount == null || !mount[1].startsWith(INIT_DIR)) {
                continue;
            }
            Path source = root.resolve(mount[0]).normalize();
            assertThat(source).as("init script mounted into %s of postgres", mount[1]).exists();
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    files.filter(f -> f.toString().endsWith(".sql") || f.toString().endsWith(".sh")).forEach(scripts::add);
                }
            } else {
                scripts.add(source);
            }
        }
        assertThat(scripts).as("scripts mounted into postgres's %s", INIT_DIR).isNotEmpty();
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("CREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)\"?", Pattern.CASE_INSENSITIVE);
        for (Path script : scripts) {
            Matcher m = create.matcher(read(script));
            while (m.find()) {
                created.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> needed = new TreeSet<>();
        for (Path module : appModules.values()) {
            needed.add(applicationProperties(module).getProperty("justice.db.name"));
        }
        needed.addAll(Set.of("mediation", "correction", "legal_aid", "publicity", "rule_of_law", "gateway"));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(created);
        assertThat(missing).as("databases (justice.db.name of each application) not created by %s", scripts).isEmpty();
    }

    @Test
    void appsReachPostgresKafkaAndTheJwtKeyByServiceName() {
        List<String> problems = new ArrayList<>();
        for (String service : appServices()) {
            Map<String, String> env = environment(service);
            expect(service, env, "JUSTICE_DB_HOST", POSTGRES, problems);
            expect(service, env, "JUSTICE_KAFKA_BOOTSTRAP", KAFKA + ":9092", problems);
            if (env.get("JUSTICE_JWT_PUBLIC_KEY_LOCATION") == null) {
                problems.add("service " + service + ": JUSTICE_JWT_PUBLIC_KEY_LOCATION is not set (prod needs the key)");
            }
        }
        Map<String, String> gw = environment(serviceOfModule.get(GATEWAY));
        Map<String, String> urls = Map.of("MEDIATION_URL", "mediation-service", "CORRECTION_URL", "correction-service",
                "LEGAL_AID_URL", "legal-aid-service", "PUBLICITY_URL", "publicity-service",
                "RULE_OF_LAW_URL", "rule-of-law-service");
        urls.forEach((var, module) -> {
            String service = serviceOfModule.get(module);
            if (service == null) {
                problems.add("module " + module + ": no compose service, so the gateway's " + var + " has nothing to name");
            } else {
                expect(serviceOfModule.get(GATEWAY), gw, var, "http://" + service + ":" + DESIGN_PORTS.get(module), problems);
            }
        });
        assertThat(problems).as("environment of the applications in docker-compose.yml").isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Path findRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker-compose.yml")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new AssertionError("no docker-compose.yml (next to a pom.xml) in " + dir + " or any folder above it");
    }

    /** The root pom's modules that are Quarkus applications (their pom uses quarkus-maven-plugin). */
    private static Map<String, Path> appModules() throws Exception {
        Map<String, Path> apps = new LinkedHashMap<>();
        for (String module : modules(root.resolve("pom.xml"))) {
            if (NOT_APPS.contains(module)) {
                continue;
            }
            Path dir = root.resolve(module).normalize();
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
                apps.put(module, dir);
            }
        }
        return apps;
    }

    private static List<String> modules(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc;
        try (InputStream in = Files.newInputStream(pom)) {
            doc = f.newDocumentBuilder().parse(in);
        }
        List<String> out = new ArrayList<>();
        NodeList modules = doc.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            out.add(((Element) modules.item(i)).getTextContent().trim());
        }
        assertThat(out).as("<module> entries of %s", pom).isNotEmpty();
        return out;
    }

    /** The service whose build context is {@code dir}, or null. */
    private static String serviceBuiltFrom(Path dir) {
        for (Map.Entry<String, Object> s : services.entrySet()) {
            Object build = map(s.getValue(), "service " + s.getKey()).get("build");
            String context = build instanceof String str ? str
                    : build instanceof Map<?, ?> m && m.get("context") != null ? String.valueOf(m.get("context")) : null;
            if (context != null && root.resolve(interpolate(context)).normalize().equals(dir)) {
                return s.getKey();
            }
        }
        return null;
    }

    private static String dockerfileOf(String service) {
        Object build = service(service).get("build");
        if (build instanceof Map<?, ?> m && m.get("dockerfile") != null) {
            return interpolate(String.valueOf(m.get("dockerfile")));
        }
        return "Dockerfile";
    }

    private static List<String> appServices() {
        List<String> out = new ArrayList<>();
        serviceOfModule.forEach((module, service) -> {
            if (service != null) {
                out.add(service);
            }
        });
        assertThat(out).as("compose services built from the application modules").isNotEmpty();
        return out;
    }

    private static void requireHealthyDependencies(String service, List<String> dependencies, List<String> problems) {
        Object dependsOn = service(service).get("depends_on");
        if (dependsOn == null) {
            problems.add("service " + service + ": no depends_on (needs " + dependencies + " with condition service_healthy)");
            return;
        }
        if (dependsOn instanceof List<?>) {
            problems.add("service " + service + ": depends_on is a plain list (waits only for 'started'); use "
                    + "'condition: service_healthy' for " + dependencies);
            return;
        }
        Map<String, Object> deps = map(dependsOn, "depends_on of " + service);
        for (String dependency : dependencies) {
            Object d = deps.get(dependency);
            if (d == null) {
                problems.add("service " + service + ": does not depend on " + dependency);
            } else if (!(d instanceof Map<?, ?> m) || !"service_healthy".equals(m.get("condition"))) {
                problems.add("service " + service + ": depends on " + dependency + " without 'condition: service_healthy'");
            }
        }
    }

    /** Checks that {@code service} publishes {@code published} on the host, to {@code target} when not null. */
    private static void requirePublished(String service, int published, Integer target, List<String> problems) {
        if (!services.containsKey(service)) {
            problems.add("no service " + service + " (it should publish port " + published + ")");
            return;
        }
        List<int[]> ports = new ArrayList<>();
        for (Object p : list(service(service).get("ports"))) {
            int[] pair = portOf(p);
            if (pair != null) {
                ports.add(pair);
            }
        }
        boolean found = ports.stream().anyMatch(p -> p[0] == published && (target == null || p[1] == target));
        if (!found) {
            problems.add("service " + service + ": does not publish host port " + published
                    + (target == null ? "" : " to container port " + target));
        }
    }

    /** {host, container} of a ports entry, short ("8080:8080", "127.0.0.1:8080:8080/tcp") or long syntax. */
    private static int[] portOf(Object p) {
        if (p instanceof Map<?, ?> m) {
            Object published = m.get("published");
            Object target = m.get("target");
            if (published == null || target == null) {
                return null;
            }
            return new int[]{Integer.parseInt(String.valueOf(published)), Integer.parseInt(String.valueOf(target))};
        }
        String s = String.valueOf(p);
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        String[] parts = s.split(":");
        if (parts.length < 2) {
            return null; // container port only: published on a random host port
        }
        try {
            return new int[]{Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {source, target} of a volumes entry (short "src:dst[:ro]" or long syntax), or null for anonymous ones. */
    private static String[] mountOf(Object v) {
        if (v instanceof Map<?, ?> m) {
            Object source = m.get("source");
            Object target = m.get("target");
            return source == null || target == null ? null
                    : new String[]{interpolate(String.valueOf(source)), String.valueOf(target)};
        }
        String[] parts = interpolate(String.valueOf(v)).split(":");
        return parts.length < 2 ? null : new String[]{parts[0], parts[1]};
    }

    private static Map<String, String> environment(String service) {
        Object env = service(service).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object e : list(env)) {
                String s = String.valueOf(e);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return out;
    }

    private static void expect(String service, Map<String, String> env, String var, String value, List<String> problems) {
        if (!value.equals(env.get(var))) {
            problems.add("service " + service + ": " + var + " is " + env.get(var) + ", expected " + value);
        }
    }

    private static int httpPort(Path module) throws IOException {
        String port = applicationProperties(module).getProperty("quarkus.http.port");
        assertThat(port).as("quarkus.http.port in %s", module.resolve("src/main/resources/application.properties")).isNotNull();
        return Integer.parseInt(port.trim());
    }

    private static Properties applicationProperties(Path module) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static void mustExist(List<String> names, List<String> problems) {
        for (String n : names) {
            if (!services.containsKey(n)) {
                problems.add("no service '" + n + "' in docker-compose.yml");
            }
        }
    }

    private static Map<String, Object> service(String name) {
        Object s = services.get(name);
        assertThat(s).as("service '%s' in docker-compose.yml", name).isNotNull();
        return map(s, "service " + name);
    }

    /** Resolves compose's {@code ${VAR:-default}} / {@code ${VAR-default}} to the default (the checks are static). */
    private static String interpolate(String s) {
        return s.replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}", "$1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertThat(o).as("%s should be a mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }
}
