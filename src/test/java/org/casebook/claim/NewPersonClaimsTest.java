package org.casebook.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.casebook.status.DerivedStatus;
import org.casebook.status.PersonStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New persons written with the status of their first claim ({@link ClaimEdits#forNewPersons}) hold exactly the status
 * deriving it afterwards gives, whatever the claim; a new person given a second claim in the same batch is derived
 * again; and the batch's claims come back in the order of its commands.
 */
@SpringBootTest
class NewPersonClaimsTest {
    @Autowired
    ClaimEdits claims;

    @Autowired
    PersonEdits personEdits;

    @Autowired
    PersonService persons;

    @Autowired
    DerivedStatuses statuses;

    @Autowired
    SourceService sources;

    @Autowired
    TransactionTemplate transaction;

    private long source(String party, String title) {
        return CurrentUser.asSystem(
                        "tests",
                        () -> sources.create(
                                new SourceCommand(
                                        "leak", title, null, null, null, "en", party, "B", null, false, null, null),
                                "tests"))
                .id();
    }

    private static ClaimCommand claim(
            String personId,
            String type,
            String stance,
            Integer credibility,
            String verification,
            String date,
            long source) {
        return new ClaimCommand(
                personId,
                null,
                type,
                null,
                null,
                null,
                null,
                date == null ? null : "day",
                date,
                null,
                source,
                "  A list's publisher ",
                "state",
                stance,
                null,
                credibility,
                verification,
                null,
                true,
                null,
                null);
    }

    private static PersonCommand person(String name) {
        return new PersonCommand(
                null,
                1970,
                1970,
                null,
                null,
                null,
                null,
                true,
                List.of(new NameCommand(name, "primary", null, null, null)),
                null,
                null,
                null);
    }

    /** Persons and their first claims written as an import writes them; the persons as stored. */
    private List<Person> writeAsAnImport(List<ClaimCommand> drafts, List<ClaimCommand> more) {
        return CurrentUser.asSystem(
                "tests",
                () -> transaction.execute(tx -> {
                    NewPersonClaims first = claims.forNewPersons(drafts);
                    List<Person> created = personEdits.createMany(
                            drafts.stream().map(d -> person("Yeni Adem")).toList(), first.statuses(), "tests");
                    List<ClaimCommand> commands = new ArrayList<>();
                    List<Long> taken = new ArrayList<>();
                    // A claim of an earlier row first (ids taken later than the first claims'), as a chunk may hold.
                    for (ClaimCommand c : more) {
                        commands.add(withPerson(c, created.getFirst().publicId()));
                        taken.add(null);
                    }
                    for (int i = 0; i < drafts.size(); i++) {
                        if (drafts.get(i) != null) {
                            commands.add(
                                    withPerson(drafts.get(i), created.get(i).publicId()));
                            taken.add(first.ids().get(i));
                        }
                    }
                    List<Claim> made = claims.createMany(commands, taken, "tests");
                    for (int i = 0; i < made.size(); i++) {
                        if (taken.get(i) != null) {
                            assertThat(made.get(i).id())
                                    .as("in the commands' order")
                                    .isEqualTo(taken.get(i));
                        }
                        assertThat(made.get(i).type()).isEqualTo(commands.get(i).type());
                    }
                    return created.stream().map(p -> persons.get(p.id())).toList();
                }));
    }

    private static ClaimCommand withPerson(ClaimCommand c, String publicId) {
        return new ClaimCommand(
                publicId,
                c.subjectPlaceId(),
                c.type(),
                c.placeId(),
                c.facilityId(),
                c.sentenceTerm(),
                c.charge(),
                c.details(),
                c.datePrecision(),
                c.date(),
                c.dateTo(),
                c.sourceId(),
                c.asserter(),
                c.asserterParty(),
                c.stance(),
                c.quote(),
                c.credibility(),
                c.verification(),
                c.notes(),
                c.synthetic(),
                c.version(),
                c.reason());
    }

    /** The stored status, and what deriving it again gives (which also stores it). */
    private void storedAsDerived(List<Person> written) {
        for (Person p : written) {
            DerivedStatus again = CurrentUser.asSystem("tests", () -> statuses.rederive(p.id()));
            assertThat(p.status()).as(p.publicId()).isEqualTo(again);
        }
    }

    @Test
    void eachNewPersonHoldsTheStatusItsFirstClaimGives() {
        long state = source("state", "A police list");
        List<ClaimCommand> drafts = Arrays.asList(
                claim(null, "detained", "asserts", 2, null, "2018-04-02", state),
                claim(null, "released", "asserts", null, "corroborated", "2019-03-01", state),
                claim(null, "died", "denies", 3, null, null, state),
                claim(null, "detained", "asserts", 5, null, "2018-01-01", state),
                claim(null, "sentenced", "asserts", 1, "refuted", "2020-05-05", state),
                null);
        List<Person> written = writeAsAnImport(drafts, List.of());

        assertThat(written.get(0).status().status()).isEqualTo(PersonStatus.detained);
        assertThat(written.get(0).status().basis()).hasSize(1);
        assertThat(written.get(0).status().explanation()).contains("A list's publisher");
        assertThat(written.get(3).status()).as("credibility 5 does not count").isEqualTo(DerivedStatus.UNKNOWN);
        assertThat(written.get(5).status()).as("no claim").isEqualTo(DerivedStatus.UNKNOWN);
        storedAsDerived(written);
    }

    @Test
    void aNewPersonWithASecondClaimInTheBatchIsDerivedFromBoth() {
        long state = source("state", "A second police list");
        long family = source("family", "A family's report");
        List<Person> written = writeAsAnImport(
                List.of(claim(null, "released", "asserts", 2, null, "2019-03-01", state)),
                List.of(claim(null, "detained", "asserts", 2, null, "2019-06-01", family)));

        assertThat(written.getFirst().status().status())
                .as("not what the first claim alone gives")
                .isNotEqualTo(PersonStatus.released);
        storedAsDerived(written);
    }

    @Test
    void aFirstClaimIsCheckedAsAnyClaimAndRefusedWithItsPlace() {
        long state = source("state", "A third police list");
        List<ClaimCommand> drafts = Arrays.asList(
                claim(null, "detained", "asserts", 2, null, "2018-04-02", state),
                claim(null, "no-such-type", "asserts", 2, null, "2018-04-02", state));
        assertThatThrownBy(() -> CurrentUser.asSystem("tests", () -> claims.forNewPersons(drafts)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .contains("claims[1].type"));
    }
}
