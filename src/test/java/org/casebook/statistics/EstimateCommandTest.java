package org.casebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.CasebookApplication;
import org.casebook.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code casebook estimate FILE.csv}: one JSON object, or exit 2 with one line. */
class EstimateCommandTest {
    record Run(int exit, String out) {}

    @TempDir
    Path dir;

    static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = EstimateCommand.run(args, CasebookApplication.class);
            return new Run(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void printsOneJsonObjectWithTheFieldsAsked() {
        Run run = run("estimate", "../shared/testdata/mse/kosovo_1999_4list.csv", "--bootstrap=200", "--seed=7");

        assertThat(run.exit()).isZero();
        JsonNode json = HttpApi.JSON.readTree(run.out());
        assertThat(json.get("observed").asLong()).isEqualTo(4_400);
        assertThat(json.get("total").asDouble())
                .isCloseTo(
                        json.get("observed").asDouble() + json.get("unseen").asDouble(),
                        org.assertj.core.data.Offset.offset(0.2));
        assertThat(json.get("interval").size()).isEqualTo(2);
        assertThat(json.get("interval").get(0).asDouble())
                .isLessThan(json.get("total").asDouble());
        assertThat(json.get("model").get(0).asString()).matches("[A-Z]+:[A-Z]+");
        assertThat(json.get("method").asString()).contains("BIC", "200 resamples");
        assertThat(json.has("warnings")).isTrue();
    }

    @Test
    void aFixedModelAndAicAreOptions() {
        Run run = run(
                "estimate",
                "../shared/testdata/mse/uk_2013_5list.csv",
                "--bootstrap=0",
                "--model=LA:NG,LA:PFNCA,NG:GO,NG:GP,PFNCA:GP,GO:GP");
        assertThat(Math.round(HttpApi.JSON.readTree(run.out()).get("total").asDouble()))
                .isEqualTo(11_313);

        Run aic =
                run("estimate", "../shared/testdata/mse/korea_palembang_3list.csv", "--bootstrap=0", "--criterion=aic");
        assertThat(HttpApi.JSON.readTree(aic.out()).get("method").asString()).contains("AIC");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        assertRefused(write("A,B\n1,0\n"), "no column named count");
        assertRefused(write("A,B,count\n1,0,-1\n"), "negative");
        assertRefused(write("A,B,count\n1,0,x\n"), "whole number");
        assertRefused(write("A,B,C,D,E,F,G,count\n1,0,0,0,0,0,0,1\n"), "this table has 7");
        assertRefused(write("A,B,count\n0,0,3\n1,0,2\n"), "on no list");
        assertRefused(write("A,B,count\n1,0,4\n0,1,3\n1,1,0\n"), "No model gives an estimate");
        Path broken = dir.resolve("broken.csv");
        Files.write(
                broken,
                new byte[] {'A', ',', 'B', ',', 'c', 'o', 'u', 'n', 't', '\n', '1', ',', '0', ',', (byte) 0xC3});
        assertRefused(broken.toString(), "not text");
        assertRefused(dir.resolve("missing.csv").toString(), "cannot be read");
        assertThat(run("estimate").exit()).isEqualTo(2);
        assertThat(run("estimate", write("A,B,count\n1,0,1\n"), "--bootstrap=many")
                        .exit())
                .isEqualTo(2);
    }

    private String write(String csv) throws IOException {
        Path file = Files.createTempFile(dir, "table", ".csv");
        Files.writeString(file, csv);
        return file.toString();
    }

    private static void assertRefused(String file, String reason) {
        Run run = run("estimate", file);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(reason);
        assertThat(run.out().strip().lines()).hasSize(1);
    }
}
