package org.casebook.claim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.casebook.ledger.IntegrityCheck;
import org.casebook.ledger.IntegrityProblem;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.status.DerivedStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A person's stored status is derived, not a revision of the person, so the ledger does not cover it: verification
 * derives every status again from the claims and names each person whose stored status differs.
 */
@Component
@Order(4)
class DerivedStatusCheck implements IntegrityCheck {
    private static final int CHUNK = 2_000;

    private final DerivedStatuses claims;
    private final PersonService persons;

    DerivedStatusCheck(DerivedStatuses claims, PersonService persons) {
        this.claims = claims;
        this.persons = persons;
    }

    @Override
    public String name() {
        return "derived statuses against the claims";
    }

    @Override
    public long work() {
        return persons.count();
    }

    @Override
    public void run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        long after = 0;
        List<Long> ids;
        while (!(ids = persons.idsAfter(after, CHUNK)).isEmpty()) {
            Map<Long, DerivedStatus> derived = new HashMap<>();
            derived.putAll(claims.statusesNow(ids, id -> derived.put(id, claims.statusNow(id))));
            for (Person person : persons.byIds(ids)) {
                DerivedStatus now = derived.get(person.id());
                DerivedStatus stored = person.status();

                // A write between the two reads is no tampering: a difference is read again before it is reported.
                if (now != null
                        && differ(now, stored)
                        && differ(
                                now = claims.statusNow(person.id()),
                                stored = persons.get(person.id()).status())) {
                    problems.accept(IntegrityProblem.of(
                            "altered",
                            IntegrityProblem.words("what.status", "person", person.publicId()),
                            IntegrityProblem.words(
                                    now.status() == stored.status() ? "statusExplained" : "statusDiffers",
                                    "stored",
                                    stored.status(),
                                    "now",
                                    now.status())));
                }
            }
            after = ids.getLast();
            progress.accept(ids.size());
        }
    }

    private static boolean differ(DerivedStatus a, DerivedStatus b) {
        return a.status() != b.status()
                || !a.explanation().equals(b.explanation())
                || !new HashSet<>(a.basis()).equals(new HashSet<>(b.basis()));
    }
}
