package org.casebook.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * `casebook generate N DIR`: writes N synthetic persons to DIR/persons.tsv and the ground truth (which records are
 * the same person) to DIR/truth.tsv, beside each other. Synthetic data only, flagged as such by its file.
 */
public final class GenerateCommand {
    private GenerateCommand() {
    }

    public static int run(String[] args) throws IOException {
        if (args.length < 3) {
            System.out.println("usage: generate N DIR [SEED]");
            return 2;
        }
        int n = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20190213;
        long start = System.nanoTime();
        try (BufferedWriter persons = Files.newBufferedWriter(dir.resolve("persons.tsv"), StandardCharsets.UTF_8);
             BufferedWriter truth = Files.newBufferedWriter(dir.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
            persons.write("# synthetic: not real persons\nrecord\tname\tform\tgender\tbirth_year\thometown\n");
            truth.write("record\ttrue_person\n");
            for (SyntheticPopulation.Record r : new SyntheticPopulation(seed).generate(n)) {
                persons.write(r.index() + "\t" + r.name() + "\t" + r.form() + "\t" + r.gender() + "\t"
                        + (r.birthYear() == null ? "" : r.birthYear()) + "\t" + (r.hometown() == null ? "" : r.hometown()) + "\n");
                truth.write(r.index() + "\t" + r.group() + "\n");
            }
        }
        System.out.printf("wrote %,d persons and their ground truth to %s in %.1f s%n", n, dir, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
