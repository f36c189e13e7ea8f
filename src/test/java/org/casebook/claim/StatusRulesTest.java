package org.casebook.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casebook.records.Publication;
import org.casebook.source.Party;
import org.casebook.status.DerivedStatus;
import org.casebook.status.PersonStatus;
import org.casebook.status.Stance;
import org.casebook.status.StatusFinding;
import org.junit.jupiter.api.Test;

/** Worked cases for each rule of docs/status-rules.md. */
class StatusRulesTest {
    private final List<Claim> claims = new ArrayList<>();

    private Claim claim(String type, String date, Stance stance, int credibility) {
        return claim(type, date, stance, credibility, Verification.unverified, 1);
    }

    private Claim claim(
            String type, String date, Stance stance, int credibility, Verification verification, long sourceId) {
        return claim(type, date, stance, credibility, verification, sourceId, Party.unknown);
    }

    private Claim claim(
            String type,
            String date,
            Stance stance,
            int credibility,
            Verification verification,
            long sourceId,
            Party party) {
        EventDate eventDate = date == null
                ? EventDate.UNKNOWN
                : new EventDate(DatePrecision.day, LocalDate.parse(date), LocalDate.parse(date));
        Claim c = new Claim(
                claims.size() + 1,
                1L,
                null,
                type,
                null,
                null,
                null,
                null,
                null,
                eventDate,
                sourceId,
                "asserter " + (claims.size() + 1),
                party,
                stance,
                null,
                credibility,
                verification,
                null,
                false,
                1,
                false,
                null,
                Publication.internal);
        claims.add(c);
        return c;
    }

    private DerivedStatus derive() {
        return ClaimStatuses.derive(claims, source -> source != 99, c -> "#" + c.id());
    }

    @Test
    void noClaimsIsUnknown() {
        assertThat(derive().status()).isEqualTo(PersonStatus.unknown);
    }

    @Test
    void r1TypesThatDoNotBearOnStatusAreIgnored() {
        claim("travel_restricted", "2018-01-01", Stance.asserts, 2);
        claim("family_separated", "2018-01-01", Stance.asserts, 2);
        assertThat(derive().status()).isEqualTo(PersonStatus.unknown);
    }

    @Test
    void r2DoubtfulRefutedRetractedAndRetractedSourceClaimsDoNotCount() {
        claim("detained", "2018-01-01", Stance.asserts, 2);
        claim("released", "2019-01-01", Stance.asserts, 4);
        claim("released", "2019-02-01", Stance.asserts, 5);
        claim("released", "2019-03-01", Stance.asserts, 1, Verification.refuted, 1);
        claim("released", "2019-04-01", Stance.asserts, 1, Verification.verified, 99);
        DerivedStatus status = derive();
        assertThat(status.status()).isEqualTo(PersonStatus.detained);
        assertThat(status.basis()).containsExactly(1L);
    }

    @Test
    void r2UnjudgedCredibilityCounts() {
        claim("no_contact", "2018-05-01", Stance.asserts, 6);
        assertThat(derive().status()).isEqualTo(PersonStatus.missing);
    }

    @Test
    void r3DeathAgainstLaterProofOfLifeIsContestedListingBothSides() {
        Claim death = claim("died", null, Stance.asserts, 3);
        Claim video = claim("alive", "2019-02-10", Stance.asserts, 3);
        claim("alive", "2019-02-10", Stance.disputes, 6);
        DerivedStatus status = derive();
        assertThat(status.status()).isEqualTo(PersonStatus.contested);
        assertThat(status.basis()).containsExactlyInAnyOrder(death.id(), video.id());
        assertThat(status.explanation()).contains("#1").contains("#2").doesNotContain("#3");
    }

    @Test
    void r3ProofOfLifeCertainlyBeforeTheDeathIsNoConflict() {
        claim("alive", "2018-06-01", Stance.asserts, 3);
        claim("died", "2019-01-15", Stance.asserts, 3);
        assertThat(derive().status()).isEqualTo(PersonStatus.deceased);
    }

    @Test
    void r3CredibleDenialOfDeathIsContested() {
        claim("died", "2019-01-15", Stance.asserts, 3);
        claim("died", null, Stance.denies, 3);
        assertThat(derive().status()).isEqualTo(PersonStatus.contested);
    }

    @Test
    void r3DetentionCertainlyAfterTheDeathIsContestedButEarlierOrUndatedIsNot() {
        claim("detained", "2017-04-01", Stance.asserts, 2);
        claim("detained", null, Stance.asserts, 2);
        claim("died", "2019-01-15", Stance.asserts, 3);
        assertThat(derive().status()).isEqualTo(PersonStatus.deceased);
        claim("sentenced", "2020-01-01", Stance.asserts, 2);
        assertThat(derive().status()).isEqualTo(PersonStatus.contested);
    }

    @Test
    void r4UncontestedDeathDecides() {
        claim("detained", "2017-04-01", Stance.asserts, 2);
        claim("died", null, Stance.asserts, 2);
        DerivedStatus status = derive();
        assertThat(status.status()).isEqualTo(PersonStatus.deceased);
        assertThat(status.explanation()).startsWith("Deceased: #2");
    }

    @Test
    void r5LatestWhereaboutsClaimWinsAndUndatedCountsAsOldest() {
        claim("detained", "2017-04-01", Stance.asserts, 2);
        claim("released", "2019-06-15", Stance.asserts, 2);
        claim("detained", null, Stance.asserts, 2);
        assertThat(derive().status()).isEqualTo(PersonStatus.released);
        claim("no_contact", "2020-01-01", Stance.asserts, 6);
        assertThat(derive().status()).isEqualTo(PersonStatus.missing);
    }

    @Test
    void r5ProofOfLifeDoesNotHideADetentionButIsNamed() {
        claim("detained", "2017-04-01", Stance.asserts, 2);
        claim("alive", "2021-09-01", Stance.asserts, 6);
        DerivedStatus status = derive();
        assertThat(status.status()).isEqualTo(PersonStatus.detained);
        assertThat(status.explanation()).contains("last proof of life: #2");
    }

    @Test
    void r6SameDateDifferentStatusesIsContested() {
        claim("detained", "2019-03-01", Stance.asserts, 2);
        claim("released", "2019-03-01", Stance.asserts, 3);
        DerivedStatus status = derive();
        assertThat(status.status()).isEqualTo(PersonStatus.contested);
        assertThat(status.basis()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void r7ProofOfLifeAloneIsAlive() {
        claim("alive", "2021-09-01", Stance.asserts, 6);
        assertThat(derive().status()).isEqualTo(PersonStatus.alive);
    }

    @Test
    void r8CredibleDenialNotOlderThanTheClaimIsContested() {
        claim("detained", "2018-01-01", Stance.asserts, 6);
        claim("detained", null, Stance.denies, 3);
        assertThat(derive().status()).isEqualTo(PersonStatus.contested);
    }

    @Test
    void r8DenialDatedBeforeTheClaimOrNotCredibleDoesNotContest() {
        claim("detained", "2018-01-01", Stance.asserts, 6);
        claim("detained", "2017-01-01", Stance.denies, 3);
        claim("detained", null, Stance.denies, 5);
        assertThat(derive().status()).isEqualTo(PersonStatus.detained);
    }

    @Test
    void disputesAloneNeverChangeTheStatus() {
        claim("detained", "2018-01-01", Stance.asserts, 2);
        claim("detained", "2018-01-01", Stance.disputes, 1);
        assertThat(derive().status()).isEqualTo(PersonStatus.detained);
    }

    @Test
    void r9AStateVideoAfterADeathReportStaysContested() {
        claim("died", "2019-02-01", Stance.asserts, 3, Verification.unverified, 1, Party.foreign_government);
        claim("alive", "2019-02-10", Stance.asserts, 3, Verification.unverified, 1, Party.state_media);
        claim("alive", "2019-02-10", Stance.asserts, 3, Verification.unverified, 1, Party.state);
        assertThat(derive().status()).isEqualTo(PersonStatus.contested);
        assertThat(ClaimStatuses.find(claims, source -> true).rule()).isEqualTo("R3");
    }

    @Test
    void r9AnIndependentProofOfLifeAfterTheDeathReportOutweighsIt() {
        claim("died", "2019-02-01", Stance.asserts, 3, Verification.unverified, 1, Party.foreign_government);
        claim("alive", "2019-02-10", Stance.asserts, 3, Verification.unverified, 1, Party.state_media);
        claim("alive", "2019-03-05", Stance.asserts, 2, Verification.unverified, 1, Party.family);
        DerivedStatus status = derive();
        assertThat(status.status()).isEqualTo(PersonStatus.alive);
        assertThat(status.basis()).containsExactly(2L, 3L);
        assertThat(ClaimStatuses.find(claims, source -> true).rule()).isEqualTo("R9");
    }

    @Test
    void r9AStateVideoCorroboratedIndependentlyOutweighsTheDeathReportAndWhereaboutsStillDecide() {
        claim("detained", "2018-01-01", Stance.asserts, 2, Verification.unverified, 1, Party.family);
        claim("died", "2019-02-01", Stance.asserts, 3, Verification.unverified, 1, Party.foreign_government);
        claim("alive", "2019-02-10", Stance.asserts, 3, Verification.corroborated, 1, Party.state_media);
        StatusFinding finding = ClaimStatuses.find(claims, source -> true);
        assertThat(finding.status()).isEqualTo(PersonStatus.detained);
        assertThat(finding.rule()).isEqualTo("R9");
        assertThat(finding.lastProofOfLife()).isEqualTo(3L);
    }

    @Test
    void r9AnUndatedOrEarlierIndependentProofOfLifeDoesNotOutweighADeathReport() {
        claim("died", "2019-02-01", Stance.asserts, 3, Verification.unverified, 1, Party.foreign_government);
        claim("alive", null, Stance.asserts, 2, Verification.unverified, 1, Party.family);
        claim("alive", "2019-01-20", Stance.asserts, 2, Verification.unverified, 1, Party.family);
        assertThat(ClaimStatuses.find(claims, source -> true).rule()).isEqualTo("R3");
        assertThat(derive().status()).isEqualTo(PersonStatus.contested);
    }

    @Test
    void r9OnlyTheOutweighedDeathReportStepsAside() {
        claim("died", "2019-02-01", Stance.asserts, 3, Verification.unverified, 1, Party.foreign_government);
        claim("alive", "2019-03-05", Stance.asserts, 2, Verification.unverified, 1, Party.family);
        claim("died", "2019-04-01", Stance.asserts, 3, Verification.unverified, 1, Party.ngo);
        assertThat(derive().status()).isEqualTo(PersonStatus.deceased);
        assertThat(derive().basis()).containsExactly(3L);
    }
}
