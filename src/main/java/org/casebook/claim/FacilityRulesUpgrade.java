package org.casebook.claim;

import org.casebook.access.CurrentUser;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.status.FacilityStatusRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the facility status rules have changed since the stored statuses were derived, every facility's statuses are
 * derived again at start and the rules' new version recorded, so that `verify` never calls a rule change tampering.
 */
@Component
@Order(0)
class FacilityRulesUpgrade implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FacilityRulesUpgrade.class);

    private final JdbcClient jdbc;
    private final FacilityService facilities;
    private final FacilityStatuses statuses;

    FacilityRulesUpgrade(JdbcClient jdbc, FacilityService facilities, FacilityStatuses statuses) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.statuses = statuses;
    }

    @Override
    public void run(ApplicationArguments args) {
        int applied = jdbc.sql("select coalesce(max(version), 0) from status_rules_applied where rules = 'facility'")
                .query(Integer.class)
                .single();
        if (applied >= FacilityStatusRules.VERSION) {
            return;
        }
        int count = CurrentUser.asSystem("casebook", () -> {
            int n = 0;
            for (Facility facility : facilities.all()) {
                statuses.rederive(facility.id());
                n++;
            }
            return n;
        });
        jdbc.sql("insert into status_rules_applied (version, rules) values (:version, 'facility')")
                .param("version", FacilityStatusRules.VERSION)
                .update();
        log.info(
                "Facility status rules {} → {}: {} facilities derived again",
                applied,
                FacilityStatusRules.VERSION,
                count);
    }
}
