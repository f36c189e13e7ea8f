package org.casebook.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.access.Role;
import org.casebook.claim.DatePrecision;
import org.casebook.claim.Verification;
import org.casebook.facility.FacilityKind;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.matching.DuplicateScorer;
import org.casebook.person.Gender;
import org.casebook.person.NameKind;
import org.casebook.place.PlaceLevel;
import org.casebook.prooflife.AddresseeKind;
import org.casebook.prooflife.AnswerKind;
import org.casebook.prooflife.AskerKind;
import org.casebook.prooflife.Assessment;
import org.casebook.prooflife.RequestState;
import org.casebook.report.ReportState;
import org.casebook.source.Consent;
import org.casebook.source.Party;
import org.casebook.source.Reliability;
import org.casebook.source.SourceKind;
import org.casebook.status.FacilityStatus;
import org.casebook.status.PersonStatus;
import org.casebook.status.Stance;
import org.junit.jupiter.api.Test;

/** Every vocabulary code has its human label in the one table, and moments read the same everywhere. */
class LabelsTest {
    private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(
            Gender.class,
            NameKind.class,
            PlaceLevel.class,
            Publication.class,
            SourceKind.class,
            Party.class,
            Consent.class,
            ReportState.class,
            Role.class,
            DatePrecision.class,
            Verification.class,
            RecordType.class,
            Stance.class,
            PersonStatus.class,
            DuplicateScorer.Band.class,
            Reliability.class,
            Revision.Action.class,
            AskerKind.class,
            AddresseeKind.class,
            RequestState.class,
            AnswerKind.class,
            Assessment.class,
            FacilityKind.class,
            FacilityStatus.class);

    @Test
    void everyCodeOfEveryVocabularyHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
            for (Enum<?> code : vocabulary.getEnumConstants()) {
                if (!Labels.has(vocabulary.getSimpleName(), code.name())) {
                    missing.add(vocabulary.getSimpleName() + "." + code.name());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Labels.of(Party.state_media)).isEqualTo("state media");
        assertThat(Labels.of("Party", "no_such_party"))
                .as("an unknown code shows as itself")
                .isEqualTo("no_such_party");
    }

    /** Claim types are a table, seeded by the migrations: each seeded code needs a label too. */
    @Test
    void everySeededClaimTypeHasALabel() throws IOException {
        String foundation = Files.readString(Path.of("src/main/resources/db/migration/V1__foundation.sql"));
        Matcher seeded = Pattern.compile("\\('([a-z_]+)', '[A-Z][^']*', '").matcher(foundation);
        List<String> codes = new ArrayList<>();
        while (seeded.find()) {
            codes.add(seeded.group(1));
        }
        assertThat(codes).contains("no_contact", "held_at");
        assertThat(codes)
                .allSatisfy(code ->
                        assertThat(Labels.has("ClaimType", code)).as(code).isTrue());
        assertThat(Labels.claimType("no_contact")).isEqualTo("no contact");
    }

    /** The bundle check counts every label key as used; this is what keeps a stale one from lingering. */
    @Test
    void everyLabelNamesACodeThatExists() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
            for (Enum<?> code : vocabulary.getEnumConstants()) {
                codes.add(vocabulary.getSimpleName() + "." + code.name());
            }
        }
        Matcher seeded = Pattern.compile("\\('([a-z_]+)', '[A-Z][^']*', '")
                .matcher(Files.readString(Path.of("src/main/resources/db/migration/V1__foundation.sql"))
                        + Files.readString(Path.of("src/main/resources/db/migration/V20__facilities.sql")));
        while (seeded.find()) {
            codes.add("ClaimType." + seeded.group(1));
        }
        // The fields a relative's report seals (report.ReportSecrets), named as the review page shows them.
        codes.addAll(List.of("SecretField.reporter_name", "SecretField.relation", "SecretField.contact"));
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages.properties"))) {
            english.load(in);
        }
        Set<String> labelled = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(key -> key.startsWith(Labels.PREFIX))
                .forEach(key -> labelled.add(key.substring(Labels.PREFIX.length())));
        assertThat(labelled).hasSizeGreaterThan(80);
        assertThat(codes).containsAll(labelled);
    }

    @Test
    void aMomentReadsToTheMinuteInUtc() {
        assertThat(Times.of(Instant.parse("2026-11-29T05:02:34.029663015Z"))).isEqualTo("2026-11-29 05:02 UTC");
        assertThat(Times.of(null)).isEmpty();
    }
}
