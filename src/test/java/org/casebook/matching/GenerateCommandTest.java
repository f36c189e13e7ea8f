package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.casebook.CasebookApplication;
import org.junit.jupiter.api.Test;

class GenerateCommandTest {
    @Test
    void writesPersonsAndGroundTruthSideBySide() throws Exception {
        Path dir = Files.createTempDirectory("generated");
        assertThat(GenerateCommand.run(new String[] {"generate", "500", dir.toString()}, CasebookApplication.class))
                .isZero();
        List<String> persons = Files.readAllLines(dir.resolve("persons.tsv"));
        List<String> truth = Files.readAllLines(dir.resolve("truth.tsv"));
        assertThat(persons).hasSize(502).first().asString().contains("synthetic");
        assertThat(truth).hasSize(501);
        long groups = truth.stream()
                .skip(1)
                .map(l -> l.split("\t")[1])
                .collect(Collectors.toSet())
                .size();
        assertThat(groups).isLessThan(500).isGreaterThan(250);
        assertThat(persons.stream().skip(2).map(l -> l.split("\t")[2]).distinct())
                .contains("uly", "arabic", "cyrillic", "chinese", "turkish", "english");
        assertThat(GenerateCommand.run(new String[] {"generate"}, CasebookApplication.class))
                .isEqualTo(2);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        assertThat(new SyntheticPopulation(7).generate(300)).isEqualTo(new SyntheticPopulation(7).generate(300));
    }
}
