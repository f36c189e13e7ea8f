package org.casebook.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only a table's owning module names it in SQL (owners in db/table-owners.properties). */
class TableOwnershipTest {
    private static final Path MAIN = Path.of("src/main/java/org/casebook");
    /**
     * A character literal (skipped, so that '"' does not open a string), a text block, or a string; the string's
     * letters matched without a group per letter, which overflowed the stack on long strings.
     */
    private static final Pattern STRING = Pattern.compile(
            "'(?:\\\\.|[^'\\\\])'|\"\"\"(.*?)\"\"\"|\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"", Pattern.DOTALL);

    private static final Pattern SQL_START = Pattern.compile(
            "^\\s*(select|insert|update|delete|with|copy|truncate|lock|create|alter|drop)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_AFTER = Pattern.compile(
            "\\b(?:from|join|into|update|table|truncate|copy|exists)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED =
            Pattern.compile("create table (?:if not exists )?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void sqlNamesOnlyTheTablesItsModuleOwns() throws IOException {
        Properties owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                violations.addAll(foreignTables(module, Files.readString(file), owners).stream()
                        .map(v -> MAIN.relativize(file) + ": " + v)
                        .toList());
            }
        }
        assertThat(violations)
                .as("SQL naming another module's table; call the owner's API instead")
                .isEmpty();
    }

    @Test
    void everyTableHasAnOwnerThatIsAModule() throws IOException {
        Properties owners = owners();
        Set<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher m = CREATED.matcher(Files.readString(migration));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(owners.stringPropertyNames()).as("tables without an owner").containsAll(created);
        owners.stringPropertyNames()
                .forEach(table -> assertThat(MAIN.resolve(owners.getProperty(table)))
                        .as("owner of " + table)
                        .isDirectory());
    }

    /** The check itself must catch a reach into another module's table, in a plain string and a text block. */
    @Test
    void aQueryOfAnotherModulesTableIsFound() throws IOException {
        Properties owners = owners();
        String claimCode = "jdbc.sql(\"select id from person where merged_into = :id\");\n"
                + "jdbc.sql(\"\"\"\n  select * from claim c\n  join person_name n on n.person_id = c.person_id\"\"\");";
        assertThat(foreignTables("claim", claimCode, owners))
                .containsExactly("person (owned by person)", "person_name (owned by person)");
        assertThat(foreignTables("person", claimCode, owners)).containsExactly("claim (owned by claim)");
        assertThat(foreignTables("claim", "log.info(\"read from person records\");", owners))
                .isEmpty();
        String quoteChar = "char quote = '\"';\njdbc.sql(\"select * from person where note = '\\\"'\");";
        assertThat(foreignTables("claim", quoteChar, owners))
                .as("a double quote as a character, and escaped in a string")
                .containsExactly("person (owned by person)");
        assertThat(foreignTables("claim", "jdbc.sql(\"select 1 from claim " + "x".repeat(100_000) + "\");", owners))
                .as("a long string")
                .isEmpty();
    }

    static List<String> foreignTables(String module, String source, Properties owners) {
        List<String> found = new ArrayList<>();
        Matcher literal = STRING.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (text == null || !SQL_START.matcher(text).find()) {
                continue;
            }
            Matcher table = TABLE_AFTER.matcher(text);
            while (table.find()) {
                String name = table.group(1).toLowerCase(Locale.ROOT);
                String owner = owners.getProperty(name);
                if (owner != null && !owner.equals(module)) {
                    found.add(name + " (owned by " + owner + ")");
                }
            }
        }
        return found;
    }

    private static Properties owners() throws IOException {
        Properties owners = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/db/table-owners.properties"))) {
            owners.load(in);
        }
        return owners;
    }
}
