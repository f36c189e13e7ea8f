package org.casebook.claim;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.casebook.source.Party;
import org.casebook.status.DerivedStatus;
import org.casebook.status.StatusFinding;
import org.casebook.status.StatusRules;

/** Hands claims to the status rules, judging rule R2 (which claims are credible), which needs the claim's fields. */
final class ClaimStatuses {
    private ClaimStatuses() {}

    /**
     * @param claims       every claim about one person, retracted ones included (they are set aside here)
     * @param sourceUsable whether a claim's source still stands (a retracted source takes its claims with it)
     * @param describe     how a claim is named in the explanation (asserter and date)
     */
    static DerivedStatus derive(List<Claim> claims, LongPredicate sourceUsable, Function<Claim, String> describe) {
        Map<Long, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, c -> c, (a, b) -> a));
        return StatusRules.derive(statements(claims, sourceUsable), s -> describe.apply(byId.get(s.id())));
    }

    /** The same derivation in parts, for pages that word it in the reader's language. */
    static StatusFinding find(List<Claim> claims, LongPredicate sourceUsable) {
        return StatusRules.find(statements(claims, sourceUsable));
    }

    /** Each claim as the rules see it: R2 (credible, source standing) and R9 (independent) judged here. */
    static List<StatusRules.Statement> statements(List<Claim> claims, LongPredicate sourceUsable) {
        return claims.stream()
                .map(c -> new StatusRules.Statement(
                        c.id(),
                        c.type(),
                        c.stance(),
                        isCredible(c) && sourceUsable.test(c.sourceId()),
                        c.eventDate().from(),
                        c.eventDate().to(),
                        isIndependent(c)))
                .toList();
    }

    /** R9: a known party other than the state, or corroborated or verified from independent sources. */
    static boolean isIndependent(Claim claim) {
        return INDEPENDENT_PARTIES.contains(claim.asserterParty())
                || claim.verification() == Verification.corroborated
                || claim.verification() == Verification.verified;
    }

    private static final Set<Party> INDEPENDENT_PARTIES =
            EnumSet.of(Party.family, Party.ngo, Party.foreign_government, Party.media, Party.researcher);

    /** R2 in full: not retracted, not refuted, and credibility 1–3, or 6 (not yet judged: a family's fresh report counts). */
    static boolean isCredible(Claim claim) {
        return !claim.retracted()
                && claim.verification() != Verification.refuted
                && (claim.credibility() <= 3 || claim.credibility() == 6);
    }
}
