package org.casebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** Runs `casebook verify` in this JVM (against the test database) and captures what it prints. */
public final class VerifyCommandAccess {
    private VerifyCommandAccess() {}

    public record Result(int exit, String output) {}

    public static Result run(String... settings) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = VerifyCommand.run(
                    Stream.concat(Stream.of("verify"), Stream.of(settings)).toArray(String[]::new));
            return new Result(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }
}
