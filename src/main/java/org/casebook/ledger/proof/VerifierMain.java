package org.casebook.ledger.proof;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standalone verifier (JDK only, no Spring): `verify-bundle`, `verify-inclusion`, `verify-consistency`.
 * Exit status 0 when the proof holds, 1 when it does not, 2 for malformed input; always one line saying why.
 */
public final class VerifierMain {
    static final String USAGE = """
            usage:
              verify-bundle BUNDLE.zip [--key PUBLIC_KEY_HEX]
              verify-inclusion --leaf-hash H --index I --size N --root R --proof H1,H2,...
              verify-consistency --size1 M --size2 N --root1 R1 --root2 R2 --proof H1,H2,...""";

    private VerifierMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "verify-inclusion" ->
                    inclusion(options(args, "--leaf-hash", "--index", "--size", "--root", "--proof"), out);
                case "verify-consistency" ->
                    consistency(options(args, "--size1", "--size2", "--root1", "--root2", "--proof"), out);
                case "verify-bundle" -> bundle(args, out);
                default -> {
                    out.println("unknown command " + args[0] + "\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            out.println("MALFORMED: " + e.getMessage());
            return 2;
        }
    }

    private static int inclusion(Map<String, String> o, PrintStream out) {
        ProofCheck.Result result = ProofCheck.inclusion(
                Hex.hash32(o.get("--leaf-hash")),
                number(o, "--index"),
                number(o, "--size"),
                Hex.hash32(o.get("--root")),
                hashes(o.get("--proof")));
        return report(result, out);
    }

    private static int consistency(Map<String, String> o, PrintStream out) {
        ProofCheck.Result result = ProofCheck.consistency(
                number(o, "--size1"),
                number(o, "--size2"),
                Hex.hash32(o.get("--root1")),
                Hex.hash32(o.get("--root2")),
                hashes(o.get("--proof")));
        return report(result, out);
    }

    private static int bundle(String[] args, PrintStream out) {
        if (args.length < 2) {
            throw new IllegalArgumentException("verify-bundle needs the bundle's path");
        }
        byte[] key = null;
        if (args.length == 4 && args[2].equals("--key")) {
            key = Hex.parse(args[3]);
        } else if (args.length != 2) {
            throw new IllegalArgumentException("verify-bundle BUNDLE.zip [--key PUBLIC_KEY_HEX]");
        }
        BundleVerifier.Outcome outcome = BundleVerifier.verify(Path.of(args[1]), key);
        outcome.lines().forEach(out::println);
        out.println(outcome.holds() ? "VALID: " + outcome.summary() : "INVALID: " + outcome.summary());
        return outcome.holds() ? 0 : 1;
    }

    private static int report(ProofCheck.Result result, PrintStream out) {
        out.println((result.holds() ? "VALID: " : "INVALID: ") + result.reason());
        return result.holds() ? 0 : 1;
    }

    private static Map<String, String> options(String[] args, String... required) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (!List.of(required).contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (options.put(name, args[++i]) != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
        }
        for (String name : required) {
            if (!options.containsKey(name) && !name.equals("--proof")) {
                throw new IllegalArgumentException("missing " + name);
            }
        }
        options.putIfAbsent("--proof", "");
        return options;
    }

    private static long number(Map<String, String> o, String name) {
        try {
            return Long.parseLong(o.get(name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    /** An empty proof is "" (a tree of one entry); otherwise every comma separates two hashes, none may be empty. */
    static List<byte[]> hashes(String list) {
        List<byte[]> out = new ArrayList<>();
        if (list.isEmpty()) {
            return out;
        }
        for (String h : list.split(",", -1)) {
            if (h.isBlank()) {
                throw new IllegalArgumentException(
                        "--proof has an empty element: hashes are separated by single commas,"
                                + " with none before the first or after the last");
            }
            out.add(Hex.hash32(h.strip()));
        }
        return out;
    }
}
