package cn.justice.e2e;

import cn.justice.testing.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's Kubernetes manifests ({@code deploy/k8s}): every object validates against the Kubernetes OpenAPI
 * schemas ({@code e2e/k8s/validate.mjs}, kubernetes-models' generated validators, installed by the build's
 * {@code npm ci} before the integration tests), and the objects fit together and fit the applications: each of
 * the five applications has a Deployment with the Quarkus health probes on its DESIGN §8 port, requests and
 * limits around the heap {@code make bench} measures with, a Service, an autoscaler and a disruption budget that
 * select it; every variable docker-compose.yml gives an application comes from the ConfigMap or a Secret; the
 * crypto keys reach the four services and never the gateway. An *IT because the validator needs the npm install.
 */
class KubernetesManifestsIT {
    private static final Map<String, Integer> APPS = Map.of(
            "gateway", 8080,
            "mediation-service", 8081,
            "correction-service", 8082,
            "legal-aid-service", 8083,
            "publicity-service", 8084,
            "rule-of-law-service", 8085);
    private static final String CRYPTO_SECRET = "justice-crypto";
    private static final Pattern XMX = Pattern.compile("-Xmx(\\d+)m");

    private static Path root;
    private static Path folder;
    /** kind → name → object, every object the kustomization lists. */
    private static final Map<String, Map<String, Map<String, Object>>> objects = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        root = ProjectPaths.root();
        folder = root.resolve("deploy/k8s");
        for (Object file : list(yaml(folder.resolve("kustomization.yaml")).get(0).get("resources"))) {
            for (Map<String, Object> o : yaml(folder.resolve(String.valueOf(file)))) {
                objects.computeIfAbsent(String.valueOf(o.get("kind")), k -> new LinkedHashMap<>())
                        .put(String.valueOf(map(o.get("metadata")).get("name")), o);
            }
        }
    }

    @Test
    void everyObjectValidatesAgainstTheKubernetesSchemas() throws Exception {
        Path validator = root.resolve("e2e/k8s/validate.mjs");
        Process p = new ProcessBuilder("node", validator.toString(), folder.toString())
                .directory(validator.getParent().toFile())
                .redirectErrorStream(false)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("validator finished").isTrue();
        assertThat(p.exitValue()).as("node %s %s:%n%s", validator, folder, err).isZero();
        int validated = out.strip().split("\n").length;
        int loaded = objects.values().stream().mapToInt(Map::size).sum();
        assertThat(validated).as("objects the validator checked vs. objects of the kustomization").isEqualTo(loaded);
        assertThat(objects.keySet()).contains("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "ConfigMap", "Secret", "Ingress", "Namespace");
    }

    @Test
    void eachApplicationRunsWithItsProbesPortAndTheBenchHeap() throws IOException {
        int heapMib = benchHeapMib();
        List<String> problems = new ArrayList<>();
        String opts = String.valueOf(configData().get("JAVA_OPTS_APPEND"));
        Matcher m = XMX.matcher(opts);
        if (!m.find() || Integer.parseInt(m.group(1)) != heapMib) {
            problems.add("ConfigMap JAVA_OPTS_APPEND " + opts + " does not give the bench's heap -Xmx" + heapMib + "m");
        }
        APPS.forEach((app, port) -> {
            Map<String, Object> container = container(app);
            Map<String, Object> http = list(container.get("ports")).stream().map(KubernetesManifestsIT::map)
                    .filter(p -> "http".equals(p.get("name"))).findFirst().orElse(Map.of());
            if (!Objects.equals(http.get("containerPort"), port)) {
                problems.add(app + ": container port 'http' is " + http.get("containerPort") + ", DESIGN §8 says " + port);
            }
            if (!String.valueOf(container.get("image")).startsWith("justice/" + app + ":")) {
                problems.add(app + ": image " + container.get("image"));
            }
            probe(app, container, "startupProbe", "/q/health/started", problems);
            probe(app, container, "livenessProbe", "/q/health/live", problems);
            probe(app, container, "readinessProbe", "/q/health/ready", problems);
            Map<String, Object> resources = map(container.get("resources"));
            for (String side : List.of("requests", "limits")) {
                Map<String, Object> r = map(resources.get(side));
                if (r.get("cpu") == null || r.get("memory") == null) {
                    problems.add(app + ": resources." + side + " needs cpu and memory");
                }
            }
            long limit = mebibytes(map(resources.get("limits")).get("memory"));
            long request = mebibytes(map(resources.get("requests")).get("memory"));
            // the heap plus metaspace (128 MiB), thread stacks and direct buffers: measured RSS stays under 2 × heap
            if (limit < 2L * heapMib || request <= heapMib) {
                problems.add(app + ": memory request " + request + "Mi / limit " + limit + "Mi for a heap of " + heapMib + "Mi");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void servicesAutoscalersAndBudgetsSelectTheirDeployment() {
        List<String> problems = new ArrayList<>();
        APPS.keySet().forEach(app -> {
            Map<String, Object> labels = map(map(map(spec("Deployment", app).get("template")).get("metadata")).get("labels"));
            Map<String, Object> service = spec("Service", app);
            if (service.isEmpty() || !labels.entrySet().containsAll(map(service.get("selector")).entrySet())) {
                problems.add(app + ": no Service selecting its pods");
            }
            Map<String, Object> hpa = spec("HorizontalPodAutoscaler", app);
            Map<String, Object> target = map(hpa.get("scaleTargetRef"));
            if (!"Deployment".equals(target.get("kind")) || !app.equals(target.get("name"))) {
                problems.add(app + ": autoscaler does not scale its Deployment");
            }
            int min = hpa.get("minReplicas") instanceof Integer i ? i : 1;
            Map<String, Object> pdb = spec("PodDisruptionBudget", app);
            if (!labels.entrySet().containsAll(map(map(pdb.get("selector")).get("matchLabels")).entrySet())
                    || !(pdb.get("minAvailable") instanceof Integer a) || a >= min) {
                problems.add(app + ": the disruption budget must select its pods and leave room to drain one of "
                        + min + " replicas");
            }
        });
        Map<String, Object> backend = map(at(spec("Ingress", "gateway"), "rules", 0, "http", "paths", 0, "backend", "service"));
        if (!"gateway".equals(backend.get("name"))) {
            problems.add("the Ingress must lead to the gateway only, not " + backend.get("name"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVariableOfComposeComesFromTheConfigMapOrASecretAndTheKeysOnlyReachTheServices() throws IOException {
        Map<String, Object> compose = yaml(root.resolve("docker-compose.yml")).get(0);
        Map<String, Object> composeServices = map(compose.get("services"));
        List<String> problems = new ArrayList<>();
        APPS.keySet().forEach(app -> {
            Set<String> provided = new HashSet<>();
            Set<String> secrets = new HashSet<>();
            for (Object ref : list(container(app).get("envFrom"))) {
                Map<String, Object> r = map(ref);
                if (r.containsKey("configMapRef")) {
                    String name = String.valueOf(map(r.get("configMapRef")).get("name"));
                    provided.addAll(map(map(object("ConfigMap", name)).get("data")).keySet());
                } else {
                    String name = String.valueOf(map(r.get("secretRef")).get("name"));
                    secrets.add(name);
                    Map<String, Object> s = object("Secret", name);
                    provided.addAll(map(s.get("stringData")).keySet());
                    provided.addAll(map(s.get("data")).keySet());
                }
            }
            Set<String> needed = new HashSet<>(map(map(composeServices.get(app)).get("environment")).keySet());
            needed.removeAll(provided);
            if (!needed.isEmpty()) {
                problems.add(app + ": compose gives " + needed + ", the manifests do not");
            }
            if (secrets.contains(CRYPTO_SECRET) == "gateway".equals(app)) {
                problems.add(app + ": the crypto keys go to the four services and never to the gateway");
            }
        });
        Map<String, Object> data = configData();
        if (!"ExternalName".equals(spec("Service", String.valueOf(data.get("JUSTICE_DB_HOST"))).get("type"))
                || !"ExternalName".equals(spec("Service", String.valueOf(data.get("JUSTICE_KAFKA_BOOTSTRAP")).split(":")[0]).get("type"))) {
            problems.add("JUSTICE_DB_HOST and JUSTICE_KAFKA_BOOTSTRAP must name the ExternalName services");
        }
        assertThat(problems).isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** The heap of {@code make bench}'s applications: the default of {@code bench.jvm} in Bench.java. */
    private static int benchHeapMib() throws IOException {
        String bench = Files.readString(root.resolve("bench/src/main/java/cn/justice/bench/Bench.java"));
        Matcher m = Pattern.compile("prop\\(\"bench\\.jvm\", \"[^\"]*-Xmx(\\d+)m").matcher(bench);
        assertThat(m.find()).as("bench.jvm default with -Xmx in Bench.java").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static void probe(String app, Map<String, Object> container, String probe, String path, List<String> problems) {
        Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
        if (!path.equals(get.get("path")) || !"http".equals(get.get("port"))) {
            problems.add(app + ": " + probe + " must GET " + path + " on port http, is " + get);
        }
    }

    private static long mebibytes(Object quantity) {
        String q = String.valueOf(quantity);
        if (q.endsWith("Gi")) {
            return Long.parseLong(q.substring(0, q.length() - 2)) * 1024;
        }
        return q.endsWith("Mi") ? Long.parseLong(q.substring(0, q.length() - 2)) : 0;
    }

    private static Map<String, Object> configData() {
        return map(object("ConfigMap", "justice-config").get("data"));
    }

    private static Map<String, Object> container(String app) {
        List<Object> containers = list(map(map(spec("Deployment", app).get("template")).get("spec")).get("containers"));
        return containers.isEmpty() ? Map.of() : map(containers.get(0));
    }

    private static Map<String, Object> spec(String kind, String name) {
        return map(object(kind, name).get("spec"));
    }

    private static Map<String, Object> object(String kind, String name) {
        return objects.getOrDefault(kind, Map.of()).getOrDefault(name, Map.of());
    }

    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object doc : new Yaml().loadAll(r)) {
                if (doc != null) {
                    out.add(map(doc));
                }
            }
        }
        return out;
    }

    /** The value at a path of map keys and list indexes (null where the path leads nowhere). */
    private static Object at(Object o, Object... path) {
        for (Object step : path) {
            o = step instanceof Integer i ? (list(o).size() > i ? list(o).get(i) : null) : map(o).get(step);
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
