package org.casebook.claim;

import org.casebook.person.DerivedStatus;
import org.casebook.person.PersonStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Derives a person's status from the claims about them. The rules are numbered as in docs/status-rules.md;
 * change both together.
 */
public final class StatusRules {
    /** R1: which claim types bear on status, and the status each points to. Others (travel_restricted …) do not. */
    static final Map<String, PersonStatus> STATUS_OF_TYPE = Map.of(
            "detained", PersonStatus.detained,
            "held_at", PersonStatus.detained,
            "sentenced", PersonStatus.detained,
            "released", PersonStatus.released,
            "no_contact", PersonStatus.missing,
            "disappeared", PersonStatus.missing,
            "died", PersonStatus.deceased,
            "alive", PersonStatus.alive);

    private static final Comparator<Claim> BY_DATE = Comparator
            .comparing((Claim c) -> c.eventDate().from(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Claim::id);

    private StatusRules() {
    }

    /**
     * @param claims       every claim about one person, retracted ones included (they are set aside here)
     * @param sourceUsable whether a claim's source still stands (a retracted source takes its claims with it)
     * @param describe     how a claim is named in the explanation (asserter and date)
     */
    public static DerivedStatus derive(List<Claim> claims, LongPredicate sourceUsable, Function<Claim, String> describe) {
        // R2: only credible claims count.
        List<Claim> credible = claims.stream()
                .filter(c -> STATUS_OF_TYPE.containsKey(c.type()))
                .filter(c -> isCredible(c) && sourceUsable.test(c.sourceId()))
                .toList();
        List<Claim> asserted = credible.stream().filter(c -> c.stance() == Stance.asserts).toList();
        List<Claim> denials = credible.stream().filter(c -> c.stance() == Stance.denies).toList();
        if (asserted.isEmpty()) {
            return DerivedStatus.UNKNOWN;
        }

        // R3: a death report against a later (or undatable) proof of life, a credible denial of the death,
        // or a life claim certainly dated after it: contested.
        List<Claim> deaths = ofStatus(asserted, PersonStatus.deceased);
        if (!deaths.isEmpty()) {
            List<Claim> against = new ArrayList<>();
            for (Claim death : deaths) {
                for (Claim other : asserted) {
                    PersonStatus status = STATUS_OF_TYPE.get(other.type());
                    boolean conflicts = status == PersonStatus.alive
                            ? !other.eventDate().before(death.eventDate())
                            : status != PersonStatus.deceased && death.eventDate().before(other.eventDate());
                    if (conflicts) {
                        against.add(other);
                    }
                }
            }
            against.addAll(ofStatus(denials, PersonStatus.deceased));
            if (!against.isEmpty()) {
                return contested(deaths, distinct(against), describe);
            }
            // R4: an uncontested death report decides.
            return new DerivedStatus(PersonStatus.deceased, "Deceased: " + describeAll(deaths, describe) + ".", ids(deaths));
        }

        // R5: otherwise the latest whereabouts claim (detained, released, missing) decides.
        List<Claim> whereabouts = asserted.stream()
                .filter(c -> STATUS_OF_TYPE.get(c.type()) != PersonStatus.alive)
                .sorted(BY_DATE).toList();
        List<Claim> alive = ofStatus(asserted, PersonStatus.alive).stream().sorted(BY_DATE).toList();
        if (whereabouts.isEmpty()) {
            // R7: proof of life alone.
            return decided(PersonStatus.alive, alive, denials, describe, "");
        }
        Claim latest = whereabouts.getLast();
        // R6: claims of the same latest date that point to different statuses: contested.
        List<Claim> sameDate = whereabouts.stream()
                .filter(c -> java.util.Objects.equals(c.eventDate().from(), latest.eventDate().from())).toList();
        Set<PersonStatus> statuses = sameDate.stream().map(c -> STATUS_OF_TYPE.get(c.type())).collect(Collectors.toSet());
        if (statuses.size() > 1) {
            PersonStatus latestStatus = STATUS_OF_TYPE.get(latest.type());
            return contested(ofStatus(sameDate, latestStatus),
                    sameDate.stream().filter(c -> STATUS_OF_TYPE.get(c.type()) != latestStatus).toList(), describe);
        }
        PersonStatus status = STATUS_OF_TYPE.get(latest.type());
        String lifeNote = alive.isEmpty() ? "" : "; last proof of life: " + describe.apply(alive.getLast());
        return decided(status, sameDate, denials, describe, lifeNote);
    }

    /** R2 in full: not retracted, not refuted, and credibility 1–3, or 6 (not yet judged: a family's fresh report counts). */
    static boolean isCredible(Claim claim) {
        return !claim.retracted() && claim.verification() != Verification.refuted
                && (claim.credibility() <= 3 || claim.credibility() == 6);
    }

    /** R8: a credible denial not dated before the deciding claims makes the status contested. */
    private static DerivedStatus decided(PersonStatus status, List<Claim> deciding, List<Claim> denials,
                                         Function<Claim, String> describe, String note) {
        Claim earliest = deciding.getFirst();
        List<Claim> against = ofStatus(denials, status).stream()
                .filter(d -> !d.eventDate().before(earliest.eventDate())).toList();
        if (!against.isEmpty()) {
            return contested(deciding, against, describe);
        }
        String label = Character.toUpperCase(status.name().charAt(0)) + status.name().substring(1);
        return new DerivedStatus(status, label + ": " + describeAll(deciding, describe) + note + ".", ids(deciding));
    }

    private static DerivedStatus contested(List<Claim> one, List<Claim> other, Function<Claim, String> describe) {
        List<Claim> basis = distinct(concat(one, other));
        return new DerivedStatus(PersonStatus.contested,
                "Contested: " + describeAll(one, describe) + " — against — " + describeAll(other, describe) + ".",
                ids(basis));
    }

    private static String describeAll(List<Claim> claims, Function<Claim, String> describe) {
        return claims.stream().map(describe).collect(Collectors.joining("; "));
    }

    private static List<Claim> ofStatus(List<Claim> claims, PersonStatus status) {
        return claims.stream().filter(c -> STATUS_OF_TYPE.get(c.type()) == status).toList();
    }

    private static List<Claim> concat(List<Claim> a, List<Claim> b) {
        List<Claim> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Claim> distinct(List<Claim> claims) {
        return List.copyOf(new LinkedHashSet<>(claims));
    }

    private static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

}
