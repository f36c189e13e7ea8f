package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimService;
import org.casebook.claim.DerivedStatuses;
import org.casebook.database.PlannerStatistics;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.Verification;
import org.casebook.person.NameCommand;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchIndexer;
import org.casebook.search.SearchQuery;
import org.casebook.search.SearchResult;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.casebook.status.DerivedStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The bulk path for generated data sets: rows, revisions and ledger as single writes make them; resumable. */
@SpringBootTest
class GenerateLoadTest {
    private static final long SEED = 4242;

    @Autowired
    PersonService persons;

    @Autowired
    PersonEdits personEdits;

    @Autowired
    PlaceService places;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchIndex index;

    @Autowired
    Ledger ledger;

    @Autowired
    Verification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimEdits claimEdits;

    @Autowired
    DerivedStatuses statuses;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PlannerStatistics statistics;

    private GenerateCommand.Services services() {
        return new GenerateCommand.Services(
                persons,
                personEdits,
                places,
                sources,
                claimEdits,
                indexer,
                statistics,
                new TransactionTemplate(transactions));
    }

    private long loaded() {
        return jdbc.sql("select count(distinct public_id) from person where synthetic and notes like :like")
                .param("like", "Generated record % (seed " + SEED + ")%")
                .query(Long.class)
                .single();
    }

    @Test
    void anInterruptedLoadGoesOnWhereItStoppedAndLeavesAVerifiableHistory() {
        List<SyntheticPopulation.Record> records = new SyntheticPopulation(SEED).generate(1_200);
        CurrentUser.asSystem("test", () -> GenerateCommand.load(records.subList(0, 500), SEED, services()));
        assertThat(loaded()).isEqualTo(500);
        CurrentUser.asSystem("test", () -> GenerateCommand.load(records, SEED, services()));
        assertThat(loaded()).isEqualTo(1_200);
        // Each record's claims, once, however the load was interrupted, from the five generated sources.
        String generated = "Generated claim (seed " + SEED + ")";
        long expectedClaims = records.stream()
                .mapToLong(r -> SyntheticClaims.forRecord(r.index(), SEED).size())
                .sum();
        assertThat(jdbc.sql("select count(*) from claim where notes = :n")
                        .param("n", generated)
                        .query(Long.class)
                        .single())
                .isEqualTo(expectedClaims)
                .isGreaterThan(1_200);
        assertThat(jdbc.sql(
                                "select count(*) from revision r join claim c on r.record_type = 'claim' and r.record_id = c.id"
                                        + " where c.notes = :n")
                        .param("n", generated)
                        .query(Long.class)
                        .single())
                .isEqualTo(expectedClaims);
        assertThat(jdbc.sql("select count(distinct source_id) from claim where notes = :n")
                        .param("n", generated)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        // The statuses derived in bulk are what deriving one person at a time gives.
        List<Long> sample = jdbc.sql("select id from person where notes like :like order by id limit 40")
                .param("like", "Generated record % (seed " + SEED + ")%")
                .query(Long.class)
                .list();
        assertThat(sample).hasSize(40);
        for (Long id : sample) {
            String stored = jdbc.sql("select derived_status || ' | ' || status_explanation from person where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            DerivedStatus again = CurrentUser.asSystem("test", () -> statuses.rederive(id));
            assertThat(again.status().name() + " | " + again.explanation()).isEqualTo(stored);
        }
        assertThat(jdbc.sql("select count(*) from person where notes like :like and derived_status <> 'unknown'")
                        .param("like", "Generated record % (seed " + SEED + ")%")
                        .query(Long.class)
                        .single())
                .isGreaterThan(600);
        assertThat(jdbc.sql("""
                        select count(*) from revision r join person p on r.record_type = 'person' and r.record_id = p.id
                        where p.notes like :like""")
                        .param("like", "Generated record % (seed " + SEED + ")%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1_200);
        assertThat(jdbc.sql("""
                        select count(*) from revision r join person_name n on r.record_type = 'person_name' and r.record_id = n.id
                        join person p on p.id = n.person_id where p.notes like :like""")
                        .param("like", "Generated record % (seed " + SEED + ")%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1_200);

        ledger.sequencePending();
        assertThat(verification.run(p -> {}).problems()).isEmpty();

        SyntheticPopulation.Record someone = records.get(777);
        String id = jdbc.sql("select public_id from person where notes like :like")
                .param("like", "Generated record 777 (seed " + SEED + ")%")
                .query(String.class)
                .single();
        assertThat(index.search(new SearchQuery(someone.name(), Map.of(), 0, 50))
                        .hits())
                .extracting(SearchResult.Hit::publicId)
                .contains(id);
    }

    @Test
    void oneInvalidPersonRefusesTheWholeBatch() {
        long before = persons.count();
        List<PersonCommand> batch = List.of(
                new PersonCommand(
                        "male",
                        1970,
                        1970,
                        null,
                        null,
                        null,
                        null,
                        true,
                        List.of(new NameCommand("Tursun Memet", "primary", null, null, null)),
                        null,
                        null,
                        null),
                new PersonCommand(
                        "sometimes",
                        1970,
                        1970,
                        null,
                        null,
                        null,
                        null,
                        true,
                        List.of(new NameCommand("Memet Tursun", "primary", null, null, null)),
                        null,
                        null,
                        null));
        assertThatThrownBy(() -> CurrentUser.asSystem("test", () -> personEdits.createMany(batch, "test")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("gender");
        assertThat(persons.count()).isEqualTo(before);
    }

    @Test
    void oneInvalidClaimRefusesTheWholeBatchNamingIt() {
        String person = CurrentUser.asSystem(
                        "test",
                        () -> personEdits.createMany(
                                List.of(new PersonCommand(
                                        "female",
                                        1980,
                                        1980,
                                        null,
                                        null,
                                        null,
                                        null,
                                        true,
                                        List.of(new NameCommand("Aygul Tursun", "primary", null, null, null)),
                                        null,
                                        null,
                                        null)),
                                "test"))
                .getFirst()
                .publicId();
        long source = CurrentUser.asSystem(
                        "test",
                        () -> sources.create(
                                new SourceCommand(
                                        "leak",
                                        "Bulk claim test list",
                                        null,
                                        null,
                                        null,
                                        "en",
                                        "unknown",
                                        "F",
                                        null,
                                        true,
                                        null,
                                        null),
                                "test"))
                .id();
        long before = jdbc.sql("select count(*) from claim").query(Long.class).single();
        ClaimCommand good = new ClaimCommand(
                person,
                null,
                "detained",
                null,
                null,
                null,
                null,
                "year",
                "2018",
                null,
                source,
                "Leaked list",
                "unknown",
                "asserts",
                null,
                6,
                "unverified",
                null,
                true,
                null,
                null);
        ClaimCommand bad = new ClaimCommand(
                person,
                null,
                "vanished into thin air",
                null,
                null,
                null,
                null,
                "year",
                "2018",
                null,
                source,
                "Leaked list",
                "unknown",
                "asserts",
                null,
                6,
                "unverified",
                null,
                true,
                null,
                null);
        assertThatThrownBy(() -> CurrentUser.asSystem("test", () -> claimEdits.createMany(List.of(good, bad), "test")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("claims[1].type");
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single())
                .isEqualTo(before);
        assertThat(CurrentUser.asSystem("test", () -> claimEdits.createMany(List.of(good), "test")))
                .hasSize(1);
        assertThat(persons.getByPublicId(person).status().status().name()).isEqualTo("detained");
    }

    @Test
    void publicIdsKeepEveryDigitPastAMillion() {
        long previous = jdbc.sql("select last_value from person_public_number")
                .query(Long.class)
                .single();
        try {
            jdbc.sql("select setval('person_public_number', 999999)")
                    .query(Long.class)
                    .single();
            PersonCommand command = new PersonCommand(
                    "female",
                    1980,
                    1980,
                    null,
                    null,
                    null,
                    null,
                    true,
                    List.of(new NameCommand("Gulnar Alim", "primary", null, null, null)),
                    null,
                    null,
                    null);
            String single = CurrentUser.asSystem("test", () -> personEdits.create(command, "test"))
                    .publicId();
            String bulk = CurrentUser.asSystem("test", () -> personEdits.createMany(List.of(command), "test"))
                    .getFirst()
                    .publicId();
            assertThat(single).isEqualTo("CB-1000000");
            assertThat(bulk).isEqualTo("CB-1000001");
            assertThat(persons.getByPublicId(bulk).publicId()).isEqualTo(bulk);
        } finally {
            jdbc.sql("select setval('person_public_number', :previous)")
                    .param("previous", previous)
                    .query(Long.class)
                    .single();
        }
    }
}
