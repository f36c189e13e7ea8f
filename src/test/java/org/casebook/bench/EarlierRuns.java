package org.casebook.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's database stays in its temporary directory when the run ends (the embedded PostgreSQL stops only as
 * the JVM exits), one or two gigabytes each; enough runs fill the disk. Each run removes the directories that earlier
 * runs left, unless a running Casebook still holds their database (its lock beside the data directory).
 */
final class EarlierRuns {
    private EarlierRuns() {}

    /** Removes the temporary directories named prefix… whose database under "postgres" nobody holds. */
    static void removeLeftovers(String prefix) throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> runs = Files.list(temp)) {
            for (Path run : runs.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                if (!heldByARunningCasebook(run.resolve("postgres.owner.lock"))) {
                    delete(run);
                    System.out.println("removed an earlier run's data: " + run);
                }
            }
        }
    }

    private static boolean heldByARunningCasebook(Path lock) throws IOException {
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock held = channel.tryLock()) {
            return held == null;
        }
    }

    private static void delete(Path run) throws IOException {
        try (Stream<Path> all = Files.walk(run)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
