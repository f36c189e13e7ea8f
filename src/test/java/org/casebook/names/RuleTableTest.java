package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTableTest {
    private static final RuleTable LATIN = RuleTable.load("/names/latin-fold.tsv");

    @Test
    void theLongestRuleWinsWhereverItStarts() {
        assertThat(LATIN.apply("tsch")).isEqualTo(LATIN.get("tsch"));
        assertThat(LATIN.apply("Dschamal")).isEqualTo("D" + LATIN.get("sch") + "amal");
        assertThat(LATIN.apply("çelik şen")).isEqualTo(LATIN.get("ç") + "elik " + LATIN.get("ş") + "en");
    }

    @Test
    void textNoRuleStartsIsKeptAsItIs() {
        assertThat(LATIN.apply("abdurehim")).isEqualTo("abdurehim");
        assertThat(LATIN.apply("")).isEmpty();
        // Letters that start a rule without completing it: kept, and the text after them still read.
        assertThat(LATIN.apply("tsc ds ü")).isEqualTo("tsc ds " + LATIN.get("ü"));
    }
}
