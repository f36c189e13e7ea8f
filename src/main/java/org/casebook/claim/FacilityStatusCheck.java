package org.casebook.claim;

import java.util.HashSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.ledger.IntegrityCheck;
import org.casebook.ledger.IntegrityProblem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A facility's statuses are derived, not revisions, so the ledger does not cover them: verification derives them
 * again from the claims (rules F1–F6) and names each facility whose stored status differs.
 */
@Component
@Order(5)
class FacilityStatusCheck implements IntegrityCheck {
    private final FacilityStatuses statuses;
    private final FacilityService facilities;

    FacilityStatusCheck(FacilityStatuses statuses, FacilityService facilities) {
        this.statuses = statuses;
        this.facilities = facilities;
    }

    @Override
    public String name() {
        return "facility statuses against the claims";
    }

    @Override
    public long work() {
        return facilities.all().size();
    }

    @Override
    public void run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        for (Facility stored : facilities.all()) {
            // A write between the two reads is no tampering: a difference is read again before it is reported.
            if (differ(statuses.now(stored.id()), stored)) {
                Facility again = facilities.get(stored.id());
                FacilityStatuses.Derived now = statuses.now(stored.id());
                if (differ(now, again)) {
                    problems.accept(IntegrityProblem.of(
                            "altered",
                            IntegrityProblem.words("what.facilityStatus", "facility", again.publicId()),
                            IntegrityProblem.words(
                                    now.all().status() == again.status() ? "statusExplained" : "statusDiffers",
                                    "stored",
                                    again.status(),
                                    "now",
                                    now.all().status())));
                }
            }
            progress.accept(1);
        }
    }

    private static boolean differ(FacilityStatuses.Derived now, Facility stored) {
        return now.all().status() != stored.status()
                || !now.all().explanation().equals(stored.statusExplanation())
                || !new HashSet<>(now.all().claimIds()).equals(new HashSet<>(stored.statusClaimIds()))
                || now.published() != stored.publishedStatus();
    }
}
