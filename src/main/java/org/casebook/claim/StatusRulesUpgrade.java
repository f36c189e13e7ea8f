package org.casebook.claim;

import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.status.DerivedStatus;
import org.casebook.status.StatusRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the status rules have changed since the stored statuses were derived, every status is derived again at start,
 * in batches; a person whose status changes is stored as any status change is (and re-indexed). The new rules'
 * version is then recorded. Runs before anything else reads statuses.
 */
@Component
@Order(0)
class StatusRulesUpgrade implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(StatusRulesUpgrade.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final DerivedStatuses statuses;

    StatusRulesUpgrade(JdbcClient jdbc, PersonService persons, DerivedStatuses statuses) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.statuses = statuses;
    }

    @Override
    public void run(ApplicationArguments args) {
        int applied = jdbc.sql("select coalesce(max(version), 0) from status_rules_applied where rules = 'person'")
                .query(Integer.class)
                .single();
        if (applied >= StatusRules.VERSION) {
            return;
        }
        int changed = CurrentUser.asSystem("casebook", () -> upgrade());
        jdbc.sql("insert into status_rules_applied (version) values (:version)")
                .param("version", StatusRules.VERSION)
                .update();
        log.info("Status rules {} → {}: {} statuses changed", applied, StatusRules.VERSION, changed);
    }

    int upgrade() {
        int changed = 0;
        long after = 0;
        for (List<Long> ids = persons.idsAfter(after, BATCH); !ids.isEmpty(); ids = persons.idsAfter(after, BATCH)) {
            Map<Long, DerivedStatus> now = statuses.statusesNow(ids, id -> {});
            for (Person person : persons.byIds(ids)) {
                // Persons with merged records are derived one by one (their merged records' claims count too).
                DerivedStatus derived =
                        now.containsKey(person.id()) ? now.get(person.id()) : statuses.statusNow(person.id());
                if (!derived.equals(person.status())) {
                    statuses.rederive(person.id());
                    changed++;
                }
            }
            after = ids.getLast();
        }
        return changed;
    }
}
