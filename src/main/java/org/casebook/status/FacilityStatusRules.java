package org.casebook.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives a facility's status from the claims about it, by rules F1–F6 of docs/status-rules.md; change both together.
 * Pure, like {@link StatusRules}: the claims come as {@link StatusRules.Statement}s whose credibility the claim's
 * owner has judged (R2 applies to facilities unchanged).
 */
public final class FacilityStatusRules {
    /** Raised whenever a rule changes, so that stored facility statuses are derived again (claim.FacilityRulesUpgrade). */
    public static final int VERSION = 1;

    /** F1: the claim types that say what a facility is used for now, and the status each points to. */
    public static final Map<String, FacilityStatus> STATUS_OF_TYPE = Map.of(
            "facility_detention", FacilityStatus.active,
            "facility_security", FacilityStatus.active,
            "facility_built", FacilityStatus.active,
            "facility_expanded", FacilityStatus.active,
            "facility_capacity", FacilityStatus.active,
            "facility_desecuritised", FacilityStatus.possibly_closed,
            "facility_closed", FacilityStatus.closed,
            "facility_demolished", FacilityStatus.closed);

    /** F3: a description as a school or another use denies detention, whoever makes it. */
    static final Set<String> OTHER_USE = Set.of("facility_school", "facility_other_use");

    private static final Set<String> DETENTION = Set.of("facility_detention", "facility_security");

    private static final Comparator<StatusRules.Statement> BY_DATE = Comparator.comparing(
                    StatusRules.Statement::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatusRules.Statement::id);

    private FacilityStatusRules() {}

    /** The status, the English line the record keeps, and the ids of the claims it rests on. */
    public record Finding(FacilityStatus status, String explanation, List<Long> claimIds) {}

    /**
     * @param claims   every claim about one facility, those not credible included (set aside here)
     * @param describe how a claim is named in the explanation (asserter, kind of claim, date, source)
     */
    public static Finding derive(List<StatusRules.Statement> claims, Function<StatusRules.Statement, String> describe) {
        // F2: only credible claims count.
        List<StatusRules.Statement> credible =
                claims.stream().filter(StatusRules.Statement::credible).toList();
        List<StatusRules.Statement> detention = credible.stream()
                .filter(c -> DETENTION.contains(c.type()) && c.stance() == Stance.asserts)
                .toList();
        List<StatusRules.Statement> denial = credible.stream()
                .filter(c -> (OTHER_USE.contains(c.type()) && c.stance() == Stance.asserts)
                        || (DETENTION.contains(c.type()) && c.stance() != Stance.asserts))
                .toList();
        // F3: detention asserted and denied, both credibly: contested, both sides named.
        if (!detention.isEmpty() && !denial.isEmpty()) {
            return contested("F3: detention is asserted and denied.", detention, denial, describe);
        }
        List<StatusRules.Statement> use = credible.stream()
                .filter(c -> STATUS_OF_TYPE.containsKey(c.type()) && c.stance() == Stance.asserts)
                .sorted(BY_DATE)
                .toList();
        if (use.isEmpty()) {
            // F6: nothing credible says what the place is used for.
            return new Finding(
                    FacilityStatus.unconfirmed,
                    credible.isEmpty()
                            ? "F6: no credible claim about this facility yet."
                            : "F6: no credible claim says how this facility is used.",
                    credible.stream().map(StatusRules.Statement::id).toList());
        }
        StatusRules.Statement latest = use.getLast();
        // F5: on the latest date, claims that point to different statuses contest each other.
        List<StatusRules.Statement> sameDay = use.stream()
                .filter(c -> latest.dated() && c.dated() && !c.before(latest) && !latest.before(c))
                .filter(c -> STATUS_OF_TYPE.get(c.type()) != STATUS_OF_TYPE.get(latest.type()))
                .toList();
        if (!sameDay.isEmpty()) {
            List<StatusRules.Statement> side = use.stream()
                    .filter(c -> STATUS_OF_TYPE.get(c.type()) == STATUS_OF_TYPE.get(latest.type()))
                    .filter(c -> !c.before(latest))
                    .toList();
            return contested("F5: claims of the same time disagree.", side, sameDay, describe);
        }
        // F4: otherwise the latest claim of use decides.
        FacilityStatus status = STATUS_OF_TYPE.get(latest.type());
        return new Finding(status, "F4: " + status + ", latest: " + describe.apply(latest) + ".", List.of(latest.id()));
    }

    private static Finding contested(
            String rule,
            List<StatusRules.Statement> one,
            List<StatusRules.Statement> other,
            Function<StatusRules.Statement, String> describe) {
        List<Long> ids = new ArrayList<>();
        one.forEach(c -> ids.add(c.id()));
        other.forEach(c -> ids.add(c.id()));
        return new Finding(
                FacilityStatus.contested,
                rule + " One side: " + names(one, describe) + ". Other side: " + names(other, describe) + ".",
                ids);
    }

    private static String names(List<StatusRules.Statement> claims, Function<StatusRules.Statement, String> describe) {
        return claims.stream().map(describe).collect(Collectors.joining("; "));
    }
}
