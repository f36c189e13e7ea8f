package org.casebook.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The audit log: recorded, filtered for admins only, append-only, and in the ledger. */
@SpringBootTest
class AuditLogTest {
    @Autowired
    AuditLog audit;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eventsAreFilteredForAdminsAndLoggedInTheLedger() {
        String actor = "auditor-" + System.nanoTime();
        audit.recordAs(actor, "test.audit-log", "person/1", "viewed for the test");
        var page = CurrentUser.asSystem("tests", () -> audit.list("test.audit", actor, 0, 10));
        assertThat(page.items()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("test.audit-log");
            assertThat(e.target()).isEqualTo("person/1");
        });
        ledger.sequencePending();
        assertThat(ledger.leafFor("audit", page.items().getFirst().id())).isPresent();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'changed' where actor = :a")
                        .param("a", actor)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aViewerCannotReadTheAuditLog() {
        var previous = SecurityContextHolder.getContext();
        var viewer = SecurityContextHolder.createEmptyContext();
        viewer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "v", null, List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
        SecurityContextHolder.setContext(viewer);
        try {
            assertThatThrownBy(() -> audit.list(null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
