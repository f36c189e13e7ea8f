package org.casebook.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityCommand;
import org.casebook.facility.FacilityEdits;
import org.casebook.facility.FacilityName;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListRows;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.place.Place;
import org.casebook.place.PlaceCommand;
import org.casebook.place.PlaceLevel;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casebook's own export (the editors' zip of CSV files) into this record: places, sources, facilities, persons with
 * their names, and claims, each through its capability's door, with the relations the export keeps by ids mapped
 * to the new records, and each record's publication. For moving a record to a new installation: into an empty
 * record it gives the same records and relations (the round trip is tested). Not a merge: nothing is compared with
 * what is already here. A person merged into another arrives as part of it (its claims go to the person it joined);
 * retracted records are not imported.
 */
@Service
public class ExportImport {
    /** The whole export is read before anything is written; exports larger than this are refused. */
    static final long MAX_BYTES = 256L << 20;

    private final PlaceService places;
    private final SourceService sources;
    private final FacilityEdits facilities;
    private final PersonIntake intake;
    private final ClaimEdits claims;
    private final ExportPublication publication;

    ExportImport(
            PlaceService places,
            SourceService sources,
            FacilityEdits facilities,
            PersonIntake intake,
            ClaimEdits claims,
            ExportPublication publication) {
        this.places = places;
        this.sources = sources;
        this.facilities = facilities;
        this.intake = intake;
        this.claims = claims;
        this.publication = publication;
    }

    /** How many records of each kind were imported. */
    public record Result(Map<String, Integer> imported) {}

    /** One file of the export as rows by header. */
    record Table(List<Map<String, String>> rows) {
        static final Table EMPTY = new Table(List.of());
    }

    @Transactional
    public Result run(InputStream zip, String actor) throws IOException {
        Permissions.require(Role.editor);
        Map<String, Table> tables = read(zip);
        if (!tables.containsKey("persons.csv")) {
            throw new InvalidInput(
                    "file", "this is not a Casebook export: it has no persons.csv", "app.imports.error.export");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Long> placeIds = new HashMap<>();
        List<Map<String, String>> placeRows =
                new ArrayList<>(tables.getOrDefault("places.csv", Table.EMPTY).rows());
        placeRows.sort(Comparator.comparing(r -> PlaceLevel.valueOf(r.get("level"))));
        for (Map<String, String> r : placeRows) {
            Place place = places.create(
                    new PlaceCommand(
                            r.get("name"),
                            r.get("other_names") == null
                                    ? List.of()
                                    : Arrays.asList(r.get("other_names").split(" \\| ")),
                            r.get("level"),
                            mapped(placeIds, r.get("parent_id")),
                            decimal(r.get("latitude")),
                            decimal(r.get("longitude")),
                            null,
                            null),
                    actor);
            placeIds.put(r.get("place_id"), place.id());
        }
        counts.put("places", placeRows.size());
        Map<String, Long> sourceIds = new HashMap<>();
        each(tables, "sources.csv", r -> {
            Source source = sources.create(
                    new SourceCommand(
                            r.get("kind"),
                            r.get("title"),
                            r.get("publisher"),
                            r.get("url"),
                            r.get("published_on"),
                            r.get("language"),
                            r.get("party"),
                            r.get("reliability"),
                            r.get("excerpt"),
                            Boolean.parseBoolean(r.get("synthetic")),
                            null,
                            null,
                            r.get("consent")),
                    actor);
            sourceIds.put(r.get("source_id"), source.id());
            publication.source(source, r.get("publication"), actor);
        });
        counts.put("sources", sourceIds.size());
        Map<String, String> facilityIds = new HashMap<>();
        each(tables, "facilities.csv", r -> {
            Facility facility = facilities.create(
                    new FacilityCommand(
                            facilityNames(r.get("names")),
                            r.get("kind"),
                            mapped(placeIds, r.get("place_id")),
                            decimal(r.get("latitude")),
                            decimal(r.get("longitude")),
                            integer(r.get("point_precision_m")),
                            r.get("outline"),
                            integer(r.get("outline_precision_m")),
                            integer(r.get("tier")),
                            mapped(sourceIds, r.get("tier_source_id")),
                            r.get("tier_assessed_on"),
                            r.get("tier_note"),
                            r.get("notes"),
                            Boolean.parseBoolean(r.get("synthetic")),
                            null,
                            null),
                    actor);
            facilityIds.put(r.get("public_id"), facility.publicId());
            publication.facility(facility, r.get("publication"), actor);
        });
        counts.put("facilities", facilityIds.size());
        Map<String, List<Map<String, String>>> namesByPerson = new HashMap<>();
        tables.getOrDefault("names.csv", Table.EMPTY).rows().stream()
                .filter(r -> !Boolean.parseBoolean(r.get("retracted")))
                .forEach(r -> namesByPerson
                        .computeIfAbsent(r.get("person_internal_id"), k -> new ArrayList<>())
                        .add(r));
        List<Map<String, String>> personRows = tables.get("persons.csv").rows().stream()
                .filter(r -> !Boolean.parseBoolean(r.get("retracted")))
                .filter(r -> r.get("merged_into_id") == null)
                .filter(r -> namesByPerson.containsKey(r.get("internal_id")))
                .toList();
        List<PersonCommand> commands = new ArrayList<>();
        for (Map<String, String> r : personRows) {
            List<Map<String, String>> names = namesByPerson.get(r.get("internal_id"));
            names.sort(Comparator.comparing(n -> n.get("kind").equals("primary") ? 0 : 1));
            commands.add(new PersonCommand(
                    r.get("gender"),
                    integer(r.get("birth_year_from")),
                    integer(r.get("birth_year_to")),
                    r.get("ethnicity"),
                    mapped(placeIds, r.get("hometown_place_id")),
                    r.get("occupation"),
                    r.get("notes"),
                    Boolean.parseBoolean(r.get("synthetic")),
                    names.stream()
                            .map(n -> new NameCommand(n.get("name"), n.get("kind"), n.get("language"), null, null))
                            .toList(),
                    null,
                    null,
                    null));
        }
        List<Person> created = intake.addMany(
                commands, commands.stream().map(c -> (String) null).toList(), null, actor);
        Map<String, Person> personIds = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            Map<String, String> r = personRows.get(i);
            personIds.put(r.get("internal_id"), created.get(i));
            publication.person(created.get(i), r.get("publication"), namesByPerson.get(r.get("internal_id")), actor);
        }
        counts.put("persons", created.size());
        // A record merged into another is not a person of its own here: its claims go to the one it joined.
        tables.get("persons.csv").rows().stream()
                .filter(r -> r.get("merged_into_id") != null && personIds.containsKey(r.get("merged_into_id")))
                .forEach(r -> personIds.putIfAbsent(r.get("internal_id"), personIds.get(r.get("merged_into_id"))));
        List<Map<String, String>> claimRows = new ArrayList<>();
        for (String file : List.of("claims.csv", "facility_claims.csv")) {
            tables.getOrDefault(file, Table.EMPTY).rows().stream()
                    .filter(r -> !Boolean.parseBoolean(r.get("retracted")))
                    .filter(r ->
                            r.get("person_internal_id") == null || personIds.containsKey(r.get("person_internal_id")))
                    .filter(r -> sourceIds.containsKey(r.get("source_id")))
                    .forEach(claimRows::add);
        }
        List<Claim> made = claims.createMany(
                claimRows.stream()
                        .map(r -> claim(r, personIds, facilityIds, placeIds, sourceIds))
                        .toList(),
                actor);
        for (int i = 0; i < made.size(); i++) {
            publication.claim(made.get(i), claimRows.get(i).get("publication"), actor);
        }
        counts.put("claims", made.size());
        return new Result(counts);
    }

    private static ClaimCommand claim(
            Map<String, String> r,
            Map<String, Person> persons,
            Map<String, String> facilities,
            Map<String, Long> places,
            Map<String, Long> sources) {
        String precision = r.get("date_precision");
        String date = dateAsWritten(precision, r.get("date_from"));
        Person person = r.get("person_internal_id") == null ? null : persons.get(r.get("person_internal_id"));
        return new ClaimCommand(
                person == null ? null : person.publicId(),
                mapped(places, r.get("subject_place_id")),
                r.get("type"),
                mapped(places, r.get("place_id")),
                r.get("facility_public_id") == null ? null : facilities.get(r.get("facility_public_id")),
                r.get("sentence_term"),
                r.get("charge"),
                r.get("details"),
                precision,
                date,
                "range".equals(precision) ? r.get("date_to") : null,
                sources.get(r.get("source_id")),
                r.get("asserter"),
                r.get("asserter_party"),
                r.get("stance"),
                r.get("quote"),
                integer(r.get("credibility")),
                r.get("verification"),
                r.get("notes"),
                Boolean.parseBoolean(r.get("synthetic")),
                null,
                null);
    }

    /**
     * A claim's date as a form or the API takes it, from the first day an export writes and its precision ("2018" for
     * a year, "2018-04" for a month).
     */
    static String dateAsWritten(String precision, String from) {
        if (from == null || precision == null) {
            return from;
        }
        return switch (precision) {
            case "year" -> from.substring(0, 4);
            case "month" -> from.substring(0, 7);
            default -> from;
        };
    }

    /** "name [lang] | name [lang]", as the export writes a facility's names. */
    static List<FacilityName> facilityNames(String cell) {
        List<FacilityName> names = new ArrayList<>();
        for (String part : cell == null ? new String[0] : cell.split(" \\| ")) {
            int open = part.lastIndexOf(" [");
            boolean tagged = open > 0 && part.endsWith("]");
            String lang = tagged ? part.substring(open + 2, part.length() - 1) : null;
            names.add(new FacilityName(
                    tagged ? part.substring(0, open) : part, lang == null || lang.equals("null") ? null : lang));
        }
        return names;
    }

    private void each(Map<String, Table> tables, String file, Consumer<Map<String, String>> action) {
        tables.getOrDefault(file, Table.EMPTY).rows().stream()
                .filter(r -> !Boolean.parseBoolean(r.get("retracted")))
                .forEach(action);
    }

    /** The export's CSV files by name, each row by header, cells as written before the export made them formula-safe. */
    static Map<String, Table> read(InputStream in) throws IOException {
        Map<String, Table> tables = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.getName().endsWith(".csv")) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw new InvalidInput("file", "the export is larger than 256 MiB", "app.imports.error.exportSize");
                }
                tables.put(entry.getName(), table(bytes));
            }
        }
        return tables;
    }

    private static Table table(byte[] bytes) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ListFile.Opened opened = ListFile.open(new ByteArrayInputStream(bytes))) {
            ListRows read = opened.rows();
            if (!read.hasNext()) {
                return Table.EMPTY;
            }
            List<String> header = read.next().cells();
            while (read.hasNext()) {
                ListRows.Row row = read.next();
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size() && i < row.cells().size(); i++) {
                    cells.put(header.get(i), cell(row.cells().get(i)));
                }
                rows.add(cells);
            }
        }
        return new Table(rows);
    }

    /** A cell as it was before the export neutralised it (a leading apostrophe before = + - @), or null when empty. */
    static String cell(String written) {
        if (written.isEmpty()) {
            return null;
        }
        return written.length() > 1 && written.charAt(0) == '\'' && "=+-@\t\r".indexOf(written.charAt(1)) >= 0
                ? written.substring(1)
                : written;
    }

    private static Long mapped(Map<String, Long> ids, String old) {
        return old == null ? null : ids.get(old);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static Double decimal(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
