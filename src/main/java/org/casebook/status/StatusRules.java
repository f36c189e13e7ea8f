package org.casebook.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives a person's status from the claims about them. The rules are numbered as in docs/status-rules.md;
 * change both together. Pure: it sees each claim as a {@link Statement}, so it needs neither claims' storage nor
 * Spring, and anyone can run it on the claims a page shows.
 */
public final class StatusRules {
    /** Raised whenever a rule changes, so that stored statuses are derived again (claim.StatusRulesUpgrade). */
    public static final int VERSION = 2;

    /**
     * What the rules need of one claim.
     *
     * @param credible R2, judged by the claim's owner: not retracted, not refuted, credible enough, source standing
     * @param from     first day the event may have happened; null when the date is unknown
     * @param to       last day it may have happened; null when the date is unknown
     * @param independent R9, judged by the claim's owner: asserted by a known party other than the state or state
     *     media, or corroborated or verified by documenters from independent sources
     */
    public record Statement(
            long id, String type, Stance stance, boolean credible, LocalDate from, LocalDate to, boolean independent) {
        public Statement(long id, String type, Stance stance, boolean credible, LocalDate from, LocalDate to) {
            this(id, type, stance, credible, from, to, false);
        }

        boolean dated() {
            return from != null;
        }

        /** True only when this event certainly ended before {@code other} began. */
        boolean before(Statement other) {
            return dated() && other.dated() && to.isBefore(other.from);
        }
    }

    /** R1: which claim types bear on status, and the status each points to. Others (travel_restricted …) do not. */
    public static final Map<String, PersonStatus> STATUS_OF_TYPE = Map.of(
            "detained", PersonStatus.detained,
            "held_at", PersonStatus.detained,
            "sentenced", PersonStatus.detained,
            "released", PersonStatus.released,
            "no_contact", PersonStatus.missing,
            "disappeared", PersonStatus.missing,
            "died", PersonStatus.deceased,
            "alive", PersonStatus.alive);

    private static final Comparator<Statement> BY_DATE = Comparator.comparing(
                    Statement::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Statement::id);

    private StatusRules() {}

    /**
     * @param claims   every claim about one person, those not credible included (they are set aside here)
     * @param describe how a claim is named in the explanation (asserter and date)
     */
    public static DerivedStatus derive(List<Statement> claims, Function<Statement, String> describe) {
        return explain(find(claims), claims, describe);
    }

    /** The finding, in parts; {@link #derive} words it as the one English line the record keeps. */
    public static StatusFinding find(List<Statement> claims) {
        // R2: only credible claims count.
        List<Statement> credible = claims.stream()
                .filter(c -> STATUS_OF_TYPE.containsKey(c.type()))
                .filter(Statement::credible)
                .toList();
        List<Statement> asserted =
                credible.stream().filter(c -> c.stance() == Stance.asserts).toList();
        List<Statement> denials =
                credible.stream().filter(c -> c.stance() == Stance.denies).toList();
        if (asserted.isEmpty()) {
            return StatusFinding.NO_CREDIBLE_CLAIM;
        }

        // R9: a proof of life independent of the state and certainly dated after a death report outweighs it; when
        // every death report is outweighed, the status is what the other claims give.
        List<Statement> deaths = ofStatus(asserted, PersonStatus.deceased).stream()
                .filter(death -> asserted.stream()
                        .noneMatch(other -> STATUS_OF_TYPE.get(other.type()) == PersonStatus.alive
                                && other.independent()
                                && death.before(other)))
                .toList();
        if (deaths.isEmpty() && !ofStatus(asserted, PersonStatus.deceased).isEmpty()) {
            StatusFinding rest = find(claims.stream()
                    .filter(c -> STATUS_OF_TYPE.get(c.type()) != PersonStatus.deceased)
                    .toList());
            return rest.contested() || rest.status() == PersonStatus.unknown
                    ? rest
                    : new StatusFinding(rest.status(), "R9", rest.deciding(), rest.against(), rest.lastProofOfLife());
        }

        // R3: a death report against a later (or undatable) proof of life, a credible denial of the death,
        // or a life claim certainly dated after it: contested.
        if (!deaths.isEmpty()) {
            List<Statement> against = new ArrayList<>();
            for (Statement death : deaths) {
                for (Statement other : asserted) {
                    PersonStatus status = STATUS_OF_TYPE.get(other.type());
                    boolean conflicts = status == PersonStatus.alive
                            ? !other.before(death)
                            : status != PersonStatus.deceased && death.before(other);
                    if (conflicts) {
                        against.add(other);
                    }
                }
            }
            against.addAll(ofStatus(denials, PersonStatus.deceased));
            if (!against.isEmpty()) {
                return contested("R3", deaths, distinct(against));
            }
            // R4: an uncontested death report decides.
            return new StatusFinding(PersonStatus.deceased, "R4", ids(deaths), List.of(), null);
        }

        // R5: otherwise the latest whereabouts claim (detained, released, missing) decides.
        List<Statement> whereabouts = asserted.stream()
                .filter(c -> STATUS_OF_TYPE.get(c.type()) != PersonStatus.alive)
                .sorted(BY_DATE)
                .toList();
        List<Statement> alive =
                ofStatus(asserted, PersonStatus.alive).stream().sorted(BY_DATE).toList();
        if (whereabouts.isEmpty()) {
            // R7: proof of life alone.
            return decided(PersonStatus.alive, "R7", alive, denials, null);
        }
        Statement latest = whereabouts.getLast();
        // R6: claims of the same latest date that point to different statuses: contested.
        List<Statement> sameDate = whereabouts.stream()
                .filter(c -> Objects.equals(c.from(), latest.from()))
                .toList();
        Set<PersonStatus> statuses =
                sameDate.stream().map(c -> STATUS_OF_TYPE.get(c.type())).collect(Collectors.toSet());
        if (statuses.size() > 1) {
            PersonStatus latestStatus = STATUS_OF_TYPE.get(latest.type());
            return contested(
                    "R6",
                    ofStatus(sameDate, latestStatus),
                    sameDate.stream()
                            .filter(c -> STATUS_OF_TYPE.get(c.type()) != latestStatus)
                            .toList());
        }
        Long lastProofOfLife = alive.isEmpty() ? null : alive.getLast().id();
        return decided(STATUS_OF_TYPE.get(latest.type()), "R5", sameDate, denials, lastProofOfLife);
    }

    /** R8: a credible denial not dated before the deciding claims makes the status contested. */
    private static StatusFinding decided(
            PersonStatus status, String rule, List<Statement> deciding, List<Statement> denials, Long lastProofOfLife) {
        Statement earliest = deciding.getFirst();
        List<Statement> against = ofStatus(denials, status).stream()
                .filter(d -> !d.before(earliest))
                .toList();
        if (!against.isEmpty()) {
            return contested("R8", deciding, against);
        }
        return new StatusFinding(status, rule, ids(deciding), List.of(), lastProofOfLife);
    }

    private static StatusFinding contested(String rule, List<Statement> one, List<Statement> other) {
        return new StatusFinding(PersonStatus.contested, rule, ids(one), ids(other), null);
    }

    /** The one English line stored with the status (and compared by verify), naming every claim of every side. */
    private static DerivedStatus explain(
            StatusFinding finding, List<Statement> claims, Function<Statement, String> describe) {
        if (finding.status() == PersonStatus.unknown) {
            return DerivedStatus.UNKNOWN;
        }
        Map<Long, Statement> byId = claims.stream().collect(Collectors.toMap(Statement::id, c -> c, (a, b) -> a));
        Function<List<Long>, String> all =
                ids -> ids.stream().map(byId::get).map(describe).collect(Collectors.joining("; "));
        String line;
        if (finding.contested()) {
            line = "Contested: " + all.apply(finding.deciding()) + " — against — " + all.apply(finding.against());
        } else {
            String name = finding.status().name();
            line = Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + all.apply(finding.deciding())
                    + (finding.lastProofOfLife() == null
                            ? ""
                            : "; last proof of life: " + describe.apply(byId.get(finding.lastProofOfLife())));
        }
        return new DerivedStatus(finding.status(), line + ".", finding.basis());
    }

    private static List<Statement> ofStatus(List<Statement> claims, PersonStatus status) {
        return claims.stream()
                .filter(c -> STATUS_OF_TYPE.get(c.type()) == status)
                .toList();
    }

    private static List<Statement> distinct(List<Statement> claims) {
        return List.copyOf(new LinkedHashSet<>(claims));
    }

    private static List<Long> ids(List<Statement> claims) {
        return claims.stream().map(Statement::id).toList();
    }
}
