package cn.justice.platform.time;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No main code of any module reads the host's time zone: every date comes from the bureau's clock (an injected
 * {@code Clock}) or names its zone. The host's zone is UTC in every image, so a date taken from it is yesterday in
 * Beijing before 08:00.
 */
class NoHostZoneTest {
    /** Calls that take the host's default zone. */
    static final Pattern HOST_ZONE = Pattern.compile(
            "systemDefaultZone\\(|ZoneId\\.systemDefault\\(|TimeZone\\.getDefault\\(|new (java\\.util\\.)?Date\\(\\)"
                    + "|\\b(LocalDate|LocalDateTime|LocalTime|Year|YearMonth|MonthDay|ZonedDateTime|OffsetDateTime)\\.now\\(\\)");

    @Test
    void mainCodeNeverUsesTheHostsZone() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).exists();
        List<String> offences = new ArrayList<>();
        int scanned;
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.run/"))
                    .toList();
            scanned = sources.size();
            for (Path p : sources) {
                List<String> lines = read(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (HOST_ZONE.matcher(lines.get(i)).find()) {
                        offences.add(root.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(scanned).as("main sources scanned").isGreaterThan(300);
        assertThat(offences).as("dates taken from the host's zone instead of the bureau's clock").isEmpty();
    }

    @Test
    void thePatternCatchesWhatItMustAndNotWhatNamesAZone() {
        assertThat(HOST_ZONE.matcher("Clock clock = Clock.systemDefaultZone();").find()).isTrue();
        assertThat(HOST_ZONE.matcher("int y = LocalDate.now().getYear();").find()).isTrue();
        assertThat(HOST_ZONE.matcher("Date d = new Date();").find()).isTrue();
        assertThat(HOST_ZONE.matcher("Year.now()").find()).isTrue();
        assertThat(HOST_ZONE.matcher("LocalDate.now(clock)").find()).isFalse();
        assertThat(HOST_ZONE.matcher("Instant.now()").find()).isFalse();
        assertThat(HOST_ZONE.matcher("LocalDate.now(ZoneId.of(\"Asia/Shanghai\"))").find()).isFalse();
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
