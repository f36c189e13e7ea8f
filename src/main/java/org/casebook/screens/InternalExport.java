package org.casebook.screens;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityCsv;
import org.casebook.facility.FacilityService;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.person.PersonService;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;
import org.casebook.records.PageOf;
import org.casebook.secret.SecretFields;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.casebook.web.CsvZip;
import org.springframework.stereotype.Component;

/**
 * Every record for editors, internal fields and unpublished records included, as a zip of CSV files related by ids.
 * Secret fields are not in it: they live sealed apart from the records and no export reads them.
 */
@Component
class InternalExport {
    private static final int BATCH = 1_000;

    private final PersonService persons;
    private final ClaimService claims;
    private final SourceService sources;
    private final FacilityService facilities;
    private final PlaceService places;
    private final SecretFields secrets;

    InternalExport(
            PersonService persons,
            ClaimService claims,
            SourceService sources,
            FacilityService facilities,
            PlaceService places,
            SecretFields secrets) {
        this.places = places;
        this.secrets = secrets;
        this.persons = persons;
        this.claims = claims;
        this.sources = sources;
        this.facilities = facilities;
    }

    /**
     * @param withSecrets the administrator has explicitly chosen the secret fields too (secrets.csv, by record type
     *                    and id); otherwise no secret is in the export
     */
    void write(OutputStream out, boolean withSecrets) throws IOException {
        List<Facility> allFacilities = facilities.all();
        Map<Long, String> facilityIds = new HashMap<>();
        allFacilities.forEach(f -> facilityIds.put(f.id(), f.publicId()));
        try (CsvZip zip = new CsvZip(out)) {
            zip.file(
                    "README.md",
                    "Casebook, every record (internal export, for editors). No secret field is in it unless an"
                            + " administrator chose them (secrets.csv; that export is in the audit log). Files are related"
                            + " by ids as in the public export's schema; retracted and unpublished records are included"
                            + " with their state.\n");
            if (withSecrets) {
                zip.csv("secrets.csv", List.of("record_type", "record_internal_id", "field", "value"));
                secrets.revealAll(v -> zip.row(v.recordType(), text(v.recordId()), v.field(), v.value()));
            }
            zip.csv(
                    "places.csv",
                    List.of(
                            "place_id",
                            "name",
                            "other_names",
                            "level",
                            "parent_id",
                            "latitude",
                            "longitude",
                            "retracted"));
            for (Place place : places.all()) {
                zip.row(
                        text(place.id()),
                        place.name(),
                        String.join(" | ", place.otherNames()),
                        place.level().name(),
                        text(place.parentId()),
                        text(place.latitude()),
                        text(place.longitude()),
                        text(place.retracted()));
            }
            zip.csv(
                    "persons.csv",
                    List.of(
                            "public_id",
                            "gender",
                            "birth_year_from",
                            "birth_year_to",
                            "ethnicity",
                            "hometown_place_id",
                            "occupation",
                            "notes",
                            "status",
                            "status_explanation",
                            "merged_into_id",
                            "publication",
                            "retracted",
                            "synthetic",
                            "version",
                            "internal_id"));
            eachPage(page -> {
                for (Person p : page) {
                    zip.row(
                            p.publicId(),
                            p.gender().name(),
                            text(p.birthYearFrom()),
                            text(p.birthYearTo()),
                            p.ethnicity(),
                            text(p.hometownPlaceId()),
                            p.occupation(),
                            p.notes(),
                            p.status().status().name(),
                            p.status().explanation(),
                            text(p.mergedInto()),
                            p.publication().name(),
                            text(p.retracted()),
                            text(p.synthetic()),
                            text(p.version()),
                            text(p.id()));
                }
            });
            zip.csv(
                    "names.csv",
                    List.of(
                            "person_internal_id",
                            "name_id",
                            "name",
                            "script",
                            "kind",
                            "language",
                            "publication",
                            "retracted"));
            eachPage(page -> {
                for (List<PersonName> names :
                        persons.namesOf(page.stream().map(Person::id).toList()).values()) {
                    for (PersonName n : names) {
                        zip.row(
                                text(n.personId()),
                                text(n.id()),
                                n.text(),
                                n.script(),
                                n.kind().name(),
                                n.language(),
                                n.publication().name(),
                                text(n.retracted()));
                    }
                }
            });
            List<String> claimColumns = List.of(
                    "claim_id",
                    "person_internal_id",
                    "facility_public_id",
                    "subject_place_id",
                    "type",
                    "place_id",
                    "sentence_term",
                    "charge",
                    "details",
                    "date_precision",
                    "date_from",
                    "date_to",
                    "source_id",
                    "asserter",
                    "asserter_party",
                    "stance",
                    "quote",
                    "credibility",
                    "verification",
                    "notes",
                    "publication",
                    "retracted",
                    "synthetic");
            zip.csv("claims.csv", claimColumns);
            eachPage(page -> {
                for (List<Claim> list : claims.forPersons(
                                page.stream().map(Person::id).toList())
                        .values()) {
                    for (Claim c : list) {
                        claimRow(zip, c, facilityIds);
                    }
                }
            });
            zip.csv("facility_claims.csv", claimColumns);
            for (Facility f : allFacilities) {
                for (Claim c : claims.aboutFacility(f.id())) {
                    claimRow(zip, c, facilityIds);
                }
            }
            zip.csv(
                    "sources.csv",
                    List.of(
                            "source_id",
                            "kind",
                            "title",
                            "publisher",
                            "url",
                            "published_on",
                            "language",
                            "party",
                            "reliability",
                            "consent",
                            "excerpt",
                            "publication",
                            "retracted",
                            "synthetic"));
            for (int page = 0; ; page++) {
                PageOf<Source> found = sources.list(null, null, null, page, PageOf.MAX_SIZE);
                for (Source s : found.items()) {
                    zip.row(
                            text(s.id()),
                            s.kind().name(),
                            s.title(),
                            s.publisher(),
                            s.url(),
                            text(s.publishedOn()),
                            s.language(),
                            s.party().name(),
                            s.reliability().name(),
                            s.consent() == null ? null : s.consent().name(),
                            s.excerpt(),
                            s.publication().name(),
                            text(s.retracted()),
                            text(s.synthetic()));
                }
                if (!found.hasNext()) {
                    break;
                }
            }
            zip.csv(
                    "facilities.csv",
                    List.of(
                            "public_id",
                            "names",
                            "kind",
                            "place_id",
                            "latitude",
                            "longitude",
                            "point_precision_m",
                            "outline",
                            "outline_precision_m",
                            "tier",
                            "tier_source_id",
                            "tier_assessed_on",
                            "tier_note",
                            "notes",
                            "status",
                            "published_status",
                            "publication",
                            "synthetic"));
            for (Facility f : allFacilities) {
                zip.row(
                        f.publicId(),
                        FacilityCsv.names(f.names()),
                        f.kind().name(),
                        text(f.placeId()),
                        text(f.latitude()),
                        text(f.longitude()),
                        text(f.pointPrecisionM()),
                        f.outline(),
                        text(f.outlinePrecisionM()),
                        text(f.tier()),
                        text(f.tierSourceId()),
                        text(f.tierAssessedOn()),
                        f.tierNote(),
                        f.notes(),
                        f.status().name(),
                        f.publishedStatus().name(),
                        f.publication().name(),
                        text(f.synthetic()));
            }
        }
    }

    private static void claimRow(CsvZip zip, Claim c, Map<Long, String> facilityIds) throws IOException {
        zip.row(
                text(c.id()),
                text(c.personId()),
                c.facilityId() == null ? null : facilityIds.get(c.facilityId()),
                text(c.subjectPlaceId()),
                c.type(),
                text(c.placeId()),
                c.sentenceTerm(),
                c.charge(),
                c.details(),
                c.eventDate().precision().name(),
                text(c.eventDate().from()),
                text(c.eventDate().to()),
                text(c.sourceId()),
                c.asserter(),
                c.asserterParty().name(),
                c.stance().name(),
                c.quote(),
                text(c.credibility()),
                c.verification().name(),
                c.notes(),
                c.publication().name(),
                text(c.retracted()),
                text(c.synthetic()));
    }

    private interface Page {
        void accept(List<Person> persons) throws IOException;
    }

    private void eachPage(Page consumer) throws IOException {
        long after = 0;
        for (List<Long> ids = persons.idsAfter(after, BATCH); !ids.isEmpty(); ids = persons.idsAfter(after, BATCH)) {
            consumer.accept(persons.byIds(ids));
            after = ids.getLast();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
