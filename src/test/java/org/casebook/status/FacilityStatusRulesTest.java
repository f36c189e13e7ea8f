package org.casebook.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules F1–F6 of docs/status-rules.md, one case or more each. */
class FacilityStatusRulesTest {
    private final List<StatusRules.Statement> claims = new ArrayList<>();

    private void claim(String type, Stance stance, String month, boolean credible) {
        LocalDate from = month == null ? null : YearMonth.parse(month).atDay(1);
        LocalDate to = month == null ? null : YearMonth.parse(month).atEndOfMonth();
        claims.add(new StatusRules.Statement(claims.size() + 1, type, stance, credible, from, to));
    }

    private FacilityStatusRules.Finding derive() {
        return FacilityStatusRules.derive(claims, s -> "claim " + s.id());
    }

    @Test
    void f6_noClaimsIsUnconfirmed() {
        assertThat(derive().status()).isEqualTo(FacilityStatus.unconfirmed);
        claim("facility_exists", Stance.asserts, "2020-01", true);
        FacilityStatusRules.Finding finding = derive();
        assertThat(finding.status()).isEqualTo(FacilityStatus.unconfirmed);
        assertThat(finding.explanation()).startsWith("F6");
    }

    @Test
    void f3_detentionAgainstASchoolIsContestedWithBothSides() {
        claim("facility_security", Stance.asserts, "2018-06", true);
        claim("facility_school", Stance.asserts, "2019-01", true);
        FacilityStatusRules.Finding finding = derive();
        assertThat(finding.status()).isEqualTo(FacilityStatus.contested);
        assertThat(finding.claimIds()).containsExactly(1L, 2L);
        assertThat(finding.explanation()).contains("claim 1").contains("claim 2");
    }

    @Test
    void f3_aDenialOfDetentionContestsToo() {
        claim("facility_detention", Stance.asserts, "2019-03", true);
        claim("facility_detention", Stance.denies, "2019-04", true);
        assertThat(derive().status()).isEqualTo(FacilityStatus.contested);
    }

    @Test
    void f2_aDescriptionJudgedImprobableDoesNotContest() {
        claim("facility_security", Stance.asserts, "2018-06", true);
        claim("facility_school", Stance.asserts, "2019-01", false);
        FacilityStatusRules.Finding finding = derive();
        assertThat(finding.status()).isEqualTo(FacilityStatus.active);
        assertThat(finding.claimIds()).containsExactly(1L);
    }

    @Test
    void f4_theLatestClaimOfUseDecides() {
        claim("facility_security", Stance.asserts, "2018-03", true);
        claim("facility_desecuritised", Stance.asserts, "2020-05", true);
        assertThat(derive().status()).isEqualTo(FacilityStatus.possibly_closed);
        claim("facility_expanded", Stance.asserts, "2021-02", true);
        assertThat(derive().status()).isEqualTo(FacilityStatus.active);
        claim("facility_demolished", Stance.asserts, "2022-07", true);
        FacilityStatusRules.Finding finding = derive();
        assertThat(finding.status()).isEqualTo(FacilityStatus.closed);
        assertThat(finding.claimIds()).containsExactly(4L);
    }

    @Test
    void f4_undatedClaimsCountAsEarliest() {
        claim("facility_closed", Stance.asserts, null, true);
        claim("facility_built", Stance.asserts, "2017-09", true);
        assertThat(derive().status()).isEqualTo(FacilityStatus.active);
    }

    @Test
    void f5_differentStatusesAtTheSameTimeAreContested() {
        claim("facility_expanded", Stance.asserts, "2020-05", true);
        claim("facility_closed", Stance.asserts, "2020-05", true);
        FacilityStatusRules.Finding finding = derive();
        assertThat(finding.status()).isEqualTo(FacilityStatus.contested);
        assertThat(finding.explanation()).startsWith("F5");
    }

    @Test
    void personTypesAndDeniedUseDoNotBear() {
        claim("held_at", Stance.asserts, "2019-01", true);
        claim("facility_closed", Stance.denies, "2019-02", true);
        assertThat(derive().status()).isEqualTo(FacilityStatus.unconfirmed);
    }
}
