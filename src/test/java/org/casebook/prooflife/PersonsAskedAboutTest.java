package org.casebook.prooflife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The persons asked about, kept in memory: read once, read again after a creation, never missing one. */
class PersonsAskedAboutTest {
    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
    private final PersonsAskedAbout askedAbout = new PersonsAskedAbout(jdbc);
    /** What each read of the database gives, in turn; a null runs {@link #during} instead, then gives the next. */
    private final Deque<List<Long>> answers = new ArrayDeque<>();

    private Runnable during = () -> {};
    private int reads;

    @BeforeEach
    void database() {
        when(jdbc.sql(anyString()).param(anyString(), any()).query(Long.class).list())
                .thenAnswer(call -> {
                    reads++;
                    during.run();
                    return answers.poll();
                });
    }

    @Test
    void personsWithoutRequestsAreAnsweredFromMemory() {
        answers.add(List.of(1L, 2L));
        assertThat(askedAbout.mayInclude(1)).isTrue();
        assertThat(askedAbout.mayInclude(3)).isFalse();
        assertThat(askedAbout.mayInclude(2)).isTrue();
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void aCreationDropsTheCopy() {
        answers.add(List.of(1L));
        answers.add(List.of(1L, 3L));
        assertThat(askedAbout.mayInclude(3)).isFalse();
        askedAbout.changed();
        assertThat(askedAbout.mayInclude(3)).isTrue();
        assertThat(reads).isEqualTo(2);
    }

    /** A request created (and its transaction ended) while the database was being read may be missing from it. */
    @Test
    void whatWasReadWhileARequestWasCreatedIsNotKept() {
        answers.add(List.of(1L));
        answers.add(List.of(1L, 3L));
        during = () -> {
            during = () -> {};
            askedAbout.changed();
        };
        assertThat(askedAbout.mayInclude(3)).as("as read, before the creation").isFalse();
        assertThat(askedAbout.mayInclude(3)).isTrue();
        assertThat(askedAbout.mayInclude(3)).isTrue();
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void tooManyToKeepAreLeftToTheDatabase() {
        List<Long> many =
                LongStream.rangeClosed(1, PersonsAskedAbout.MOST + 1).boxed().toList();
        answers.add(many);
        assertThat(askedAbout.mayInclude(PersonsAskedAbout.MOST + 5)).isTrue();
    }
}
