package cn.justice.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from any module's working directory (tests run in their module's folder). */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null) {
            if (Files.exists(p.resolve("dev/kafka-broker/run-broker.sh"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("repository root (with dev/kafka-broker/run-broker.sh) not found above "
                + System.getProperty("user.dir"));
    }
}
