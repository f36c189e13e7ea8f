package org.casebook.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.casebook.status.DerivedStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A page of public statuses read at once is, person by person, what reading each alone gives. */
@SpringBootTest
class PublicStatusesTest {
    @Autowired
    PublishedClaims claims;

    @Autowired
    PublishedPersons persons;

    @Test
    void aPageReadAtOnceEqualsEachReadAlone() {
        List<String> ids = persons.list(0, 100).items().stream()
                .map(PublishedPerson::publicId)
                .toList();
        assertThat(ids).hasSizeGreaterThan(10);
        Map<String, DerivedStatus> together = claims.statuses(ids);
        assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(together.get(id)).as(id).isEqualTo(claims.status(id).orElseThrow());
        }
        assertThat(together.values()).extracting(s -> s.status().name()).contains("contested");
        assertThat(claims.statuses(List.of("CB-999999"))).isEmpty();
    }
}
