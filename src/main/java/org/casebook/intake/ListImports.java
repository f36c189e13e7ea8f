package org.casebook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListPresets;
import org.casebook.lists.ListRows;
import org.casebook.person.PersonService;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.casebook.web.CsvCells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imported lists as records: uploading one (its source and its file), the column mapping, presets, and each row's
 * outcome. Running and undoing an import is {@link ListImportRun}'s.
 */
@Service
public class ListImports {
    /** The claim a whole list may make of every row when no status column says otherwise. */
    public static final List<String> ROW_CLAIM_TYPES =
            List.of("detained", "held_at", "sentenced", "released", "died", "no_contact", "disappeared");

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> HEADER = new TypeReference<>() {};
    private static final TypeReference<Map<Integer, ListColumns.Field>> MAPPING = new TypeReference<>() {};
    private static final TypeReference<Map<String, ListColumns.Field>> BY_HEADER = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final SourceService sources;
    private final EvidenceStore evidence;
    private final PersonService persons;

    ListImports(JdbcClient jdbc, SourceService sources, EvidenceStore evidence, PersonService persons) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.evidence = evidence;
        this.persons = persons;
    }

    /**
     * A list uploaded for import: its own source (what kind of list, whose, from where), the file kept as that
     * source's evidence, and the first mapping (a preset's, or guessed from the header). Nothing is imported yet.
     *
     * @param obtained how the list was obtained; kept with the import, never published
     */
    @Transactional
    public ListImport create(
            InputStream file,
            String fileName,
            SourceCommand source,
            String obtained,
            String preset,
            String claimType,
            Integer credibility,
            String actor) {
        Permissions.require(Role.editor);
        InputChecks.Collector problems = new InputChecks.Collector();
        checkRowClaim(claimType, credibility, problems);
        if (obtained != null && obtained.length() > 2000) {
            problems.problem("obtained", "must be at most 2000 characters", "error.size", "max", 2000);
        }
        ListPresets.Preset chosen = preset == null || preset.isBlank() ? null : preset(preset);
        problems.throwIfAny();
        Source created = sources.create(source, actor);
        String name = fileName == null ? null : InputChecks.optional(fileName.strip());
        name = name != null && name.length() > 300 ? name.substring(0, 300) : name;
        Evidence stored =
                evidence.register(file, name, "import", actor, new EvidenceStore.Attachment(created.id(), null));
        List<String> header;
        int rows = 0;
        String encoding;
        try (ListFile.Opened opened = opened(evidence.open(stored, actor))) {
            ListRows read = opened.rows();
            if (!read.hasNext()) {
                throw new InvalidInput("file", "the list is empty", "app.lists.error.empty");
            }
            header = read.next().cells();
            while (read.hasNext()) {
                read.next();
                rows++;
            }
            encoding = opened.encoding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, ListColumns.Field> mapping = chosen == null ? ListColumns.guess(header) : chosen.apply(header);
        long id = jdbc.sql("""
                        insert into list_import (source_id, evidence_sha256, file_name, obtained, encoding, header,
                            mapping, claim_type, credibility, state, rows_total, created_by, created_at)
                        values (:source, :sha, :name, :obtained, :encoding, cast(:header as jsonb),
                            cast(:mapping as jsonb), :claimType, :credibility, 'ready', :rows, :actor, :now)
                        returning id""")
                .param("source", created.id())
                .param("sha", stored.sha256())
                .param("name", name)
                .param("obtained", InputChecks.optional(obtained))
                .param("encoding", encoding)
                .param("header", JSON.writeValueAsString(header))
                .param("mapping", JSON.writeValueAsString(mapping))
                .param("claimType", InputChecks.optional(claimType))
                .param("credibility", credibility)
                .param("rows", rows)
                .param("actor", actor)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        return get(id);
    }

    /**
     * The source a list is, as its upload gives it (the page, the API, the command line): what it is, whose it is
     * (the publisher, to whom its claims are attributed), party, reliability and language; never synthetic.
     */
    public static SourceCommand listSource(
            String kind, String title, String publisher, String language, String party, String reliability) {
        return new SourceCommand(
                kind, title, publisher, null, null, language, party, reliability, null, false, null, null, null);
    }

    /** A changed mapping, while nothing has been imported. */
    @Transactional
    public ListImport map(long id, Map<Integer, ListColumns.Field> mapping, String claimType, Integer credibility) {
        Permissions.require(Role.editor);
        ListImport current = get(id);
        InputChecks.Collector problems = new InputChecks.Collector();
        if (!current.mappingOpen()) {
            problems.problem("mapping", "the import has begun; its mapping is fixed", "app.imports.error.begun");
        }
        checkRowClaim(claimType, credibility, problems);
        mapping.keySet().stream()
                .filter(column -> column < 0 || column >= current.header().size())
                .findFirst()
                .ifPresent(column -> problems.problem(
                        "mapping", "no such column: " + column, "app.imports.error.column", "column", column));
        if (!mapping.containsValue(ListColumns.Field.name)) {
            problems.problem("mapping", "no column holds the names", "app.lists.error.noNames");
        }
        problems.throwIfAny();
        jdbc.sql("""
                        update list_import set mapping = cast(:mapping as jsonb), claim_type = :claimType,
                            credibility = :credibility where id = :id""")
                .param("mapping", JSON.writeValueAsString(mapping))
                .param("claimType", InputChecks.optional(claimType))
                .param("credibility", credibility)
                .param("id", id)
                .update();
        return get(id);
    }

    private static void checkRowClaim(String claimType, Integer credibility, InputChecks.Collector problems) {
        if (claimType != null && !claimType.isBlank() && !ROW_CLAIM_TYPES.contains(claimType)) {
            problems.problem(
                    "claimType",
                    "must be one of " + String.join(", ", ROW_CLAIM_TYPES),
                    "error.oneOf",
                    "values",
                    String.join(", ", ROW_CLAIM_TYPES));
        }
        if (credibility != null && (credibility < 1 || credibility > 6)) {
            problems.problem(
                    "credibility", "must be 1 to 6 (Admiralty scale; 6 = cannot be judged)", "app.error.credibility");
        }
    }

    public ListImport get(long id) {
        Permissions.require(Role.editor);
        return jdbc.sql("select * from list_import where id = :id")
                .param("id", id)
                .query(ListImports::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("list import", String.valueOf(id)));
    }

    public List<ListImport> recent(int limit) {
        Permissions.require(Role.editor);
        return jdbc.sql("select * from list_import order by id desc limit :limit")
                .param("limit", limit)
                .query(ListImports::map)
                .list();
    }

    /** A list as uploaded: an unreadable spreadsheet is the uploader's problem, said as such. */
    static ListFile.Opened opened(InputStream file) throws IOException {
        try {
            return ListFile.open(file);
        } catch (ListFile.Unreadable e) {
            throw new InvalidInput("file", "the spreadsheet cannot be read", "app.lists.error.spreadsheet");
        }
    }

    /** The list's rows, read again from its stored file. */
    ListFile.Opened open(ListImport list, String actor) throws IOException {
        return ListFile.open(evidence.open(evidence.get(list.evidenceSha256()), actor));
    }

    /** The shipped presets and the ones editors saved, by name. */
    public Map<String, ListPresets.Preset> presets() {
        Map<String, ListPresets.Preset> all = new LinkedHashMap<>();
        ListPresets.SHIPPED.forEach(p -> all.put(p.name(), p));
        jdbc.sql("select name, mapping from list_mapping_preset order by name")
                .query((rs, row) -> new ListPresets.Preset(
                        rs.getString("name"), JSON.readValue(rs.getString("mapping"), BY_HEADER)))
                .list()
                .forEach(p -> all.putIfAbsent(p.name(), p));
        return all;
    }

    private ListPresets.Preset preset(String name) {
        ListPresets.Preset preset = presets().get(name);
        if (preset == null) {
            throw new InvalidInput("preset", "no such preset: " + name, "app.imports.error.preset", "name", name);
        }
        return preset;
    }

    /** This import's mapping, saved by header under a name for the next list of the same layout. */
    @Transactional
    public ListPresets.Preset savePreset(long id, String name, String actor) {
        Permissions.require(Role.editor);
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > 100 || presets().containsKey(given)) {
            throw new InvalidInput(
                    "presetName", "a name of 1 to 100 characters that no preset has", "app.imports.error.presetName");
        }
        ListImport list = get(id);
        ListPresets.Preset preset = ListPresets.Preset.of(given, list.header(), list.mapping());
        jdbc.sql("""
                        insert into list_mapping_preset (name, mapping, created_by, created_at)
                        values (:name, cast(:mapping as jsonb), :actor, :now)""")
                .param("name", given)
                .param("mapping", JSON.writeValueAsString(preset.byHeader()))
                .param("actor", actor)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return preset;
    }

    /** Each row's outcome in line order, a page at a time. */
    public List<ListImport.Row> rows(long id, int afterLine, int limit) {
        Permissions.require(Role.editor);
        List<RowRead> read = jdbc.sql("""
                        select line, outcome, person_id, claim_id, detail from list_import_row
                        where import_id = :id and line > :after order by line limit :limit""")
                .param("id", id)
                .param("after", afterLine)
                .param("limit", limit)
                .query((rs, row) -> new RowRead(
                        rs.getInt("line"),
                        rs.getString("outcome"),
                        (Long) rs.getObject("person_id"),
                        (Long) rs.getObject("claim_id"),
                        rs.getString("detail")))
                .list();
        Map<Long, String> publicIds = persons.publicIds(
                read.stream().map(RowRead::personId).filter(p -> p != null).toList());
        return read.stream()
                .map(r ->
                        new ListImport.Row(r.line(), r.outcome(), publicIds.get(r.personId()), r.claimId(), r.detail()))
                .toList();
    }

    private record RowRead(int line, String outcome, Long personId, Long claimId, String detail) {}

    /** Every row's outcome as CSV, a page at a time: line, outcome, person, claim, and why for the refused. */
    public void writeOutcomes(long id, Writer out) throws IOException {
        out.write("line,outcome,person_public_id,claim_id,detail\r\n");
        int after = 0;
        List<ListImport.Row> page;
        while (!(page = rows(id, after, 1000)).isEmpty()) {
            for (ListImport.Row row : page) {
                out.write(String.join(
                        ",",
                        String.valueOf(row.line()),
                        row.outcome(),
                        CsvCells.cell(row.personPublicId() == null ? "" : row.personPublicId()),
                        row.claimId() == null ? "" : String.valueOf(row.claimId()),
                        CsvCells.cell(row.detail() == null ? "" : RowDetail.english(row.detail()))));
                out.write("\r\n");
            }
            after = page.getLast().line();
        }
        out.flush();
    }

    /** How many rows came to each outcome. */
    public Map<String, Integer> counts(long id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List.of("created", "attached", "queued", "refused").forEach(o -> counts.put(o, 0));
        jdbc.sql("select outcome, count(*) from list_import_row where import_id = :id group by outcome")
                .param("id", id)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }

    static ListImport map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ListImport(
                rs.getLong("id"),
                rs.getLong("source_id"),
                rs.getString("evidence_sha256"),
                rs.getString("file_name"),
                rs.getString("obtained"),
                rs.getString("encoding"),
                List.copyOf(JSON.readValue(rs.getString("header"), HEADER)),
                new LinkedHashMap<>(JSON.readValue(rs.getString("mapping"), MAPPING)),
                rs.getString("claim_type"),
                (Integer) rs.getObject("credibility"),
                ListImport.State.valueOf(rs.getString("state")),
                rs.getInt("next_line"),
                rs.getInt("rows_total"),
                rs.getInt("rows_read"),
                rs.getInt("rows_undone"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("undo_reason"));
    }
}
